import { valueFactRef } from '../../domain/evaluation/three-valued';
import type { RuleDef } from '../../domain/model/rule';
import type { RulePack } from '../../domain/model/rule-pack';
import { leavesOf } from '../condition-walk';
import { evaluatePartially, knownOn } from './partial-evaluation';
import type { StaticFinding } from './static-finding';

export type Dimension = 'procedure' | 'status' | 'filerCategory';
const DIMENSIONS: readonly Dimension[] = ['procedure', 'status', 'filerCategory'];
const LISTS = { procedure: 'procedures', status: 'statuses', filerCategory: 'filers' } as const;
/** Procedures filed for someone without a current status (a COE, a newborn's acquisition). */
const NO_CURRENT_STATUS = new Set(['coe', 'acquisition']);

export interface UncoveredCombination {
  channel: string;
  procedure: string;
  status: string | null;
  filerCategory: string;
  /** Values of the combination that rules reading that field never name. */
  unnamed: Dimension[];
}

export interface Coverage {
  total: number;
  blocked: number;
  uncovered: UncoveredCombination[];
}

/** Operators that decide every value they do not list (notIn [a, b] speaks of c too). */
const EXCLUDING = new Set(['notEqual', 'notIn']);

function decidesValue(
  rule: RuleDef,
  dim: Dimension,
  value: string,
  known: ReadonlyMap<string, unknown>,
): boolean {
  return leavesOf(rule.conditions).some((l) => {
    if (l.fact !== dim) return false;
    if (EXCLUDING.has(l.operator)) return true;
    const ref = valueFactRef(l.value);
    const v = ref ? known.get(ref) : l.value;
    return v === value || (Array.isArray(v) && v.includes(value));
  });
}

/** Rules that read `dim` and could hold for the combination whatever `dim` is. */
function readersOf(rules: readonly RuleDef[], dim: Dimension, known: Map<string, unknown>) {
  const value = known.get(dim);
  known.delete(dim);
  const readers = rules.filter((r) => evaluatePartially(r.conditions, known) !== false);
  if (value !== undefined) known.set(dim, value);
  return readers;
}

/**
 * Every procedure × status × filer on each channel, on one day. A combination is decided when
 * a block rule surely holds for it, or when, for each of its fields that applicable rules read,
 * one of them decides the value: names it (in a literal or a parameter list) or excludes a
 * list it is not on (notIn, notEqual). Otherwise the combination is fileable only because no
 * rule speaks of it, e.g. a status added to the vocabulary but to no list: a gap to confirm.
 */
export function coverage(pack: RulePack, date: string, channels = ['online', 'counter']): Coverage {
  const rules = pack.ruleSets
    .filter((s) => (s.subject ?? 'draft') === 'draft')
    .flatMap((s) => s.rules)
    .filter((r) => (r.effective.from ?? '') <= date && (r.effective.until ?? '9999') >= date);
  const known = knownOn(pack, date);
  const ids = (d: Dimension) => pack.vocabulary[LISTS[d]].map((t) => t.id);
  const blocks = rules.filter((r) => r.severity === 'block');
  const reading = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      rules.filter((r) => leavesOf(r.conditions).some((l) => l.fact === d)),
    ]),
  ) as Record<Dimension, RuleDef[]>;
  const result: Coverage = { total: 0, blocked: 0, uncovered: [] };
  // One map reused for every combination: thousands of combinations, dozens of parameters.
  for (const channel of channels) {
    known.set('channel', channel);
    for (const procedure of ids('procedure')) {
      known.set('procedure', procedure);
      const statuses = NO_CURRENT_STATUS.has(procedure) ? [null] : ids('status');
      for (const status of statuses) {
        if (status === null) known.delete('status');
        else known.set('status', status);
        for (const filerCategory of ids('filerCategory')) {
          known.set('filerCategory', filerCategory);
          result.total++;
          if (blocks.some((r) => evaluatePartially(r.conditions, known) === true)) {
            result.blocked++;
            continue;
          }
          const values: Record<Dimension, string | null> = { procedure, status, filerCategory };
          const unnamed = DIMENSIONS.filter((dim) => {
            const value = values[dim];
            if (value === null || reading[dim].length === 0) return false;
            const readers = readersOf(reading[dim], dim, known);
            return readers.length > 0 && !readers.some((r) => decidesValue(r, dim, value, known));
          });
          if (unnamed.length > 0)
            result.uncovered.push({ channel, procedure, status, filerCategory, unnamed });
        }
      }
    }
  }
  return result;
}

/** The gaps grouped by the value no rule names, one finding each, pointing at the vocabulary term. */
export function uncoveredCombinations(pack: RulePack, date: string): StaticFinding[] {
  const groups = new Map<
    string,
    { channel: string; dim: Dimension; value: string; count: number }
  >();
  for (const c of coverage(pack, date).uncovered) {
    for (const dim of c.unnamed) {
      const value = c[dim]!;
      const key = `${c.channel}|${dim}|${value}`;
      const g = groups.get(key) ?? { channel: c.channel, dim, value, count: 0 };
      g.count++;
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({
    check: 'uncovered-combination' as const,
    level: 'warn' as const,
    file: 'rules/vocabulary.json',
    pointer: `/${LISTS[g.dim]}/${pack.vocabulary[LISTS[g.dim]].findIndex((t) => t.id === g.value)}`,
    text: {
      ja: `${date} の${g.channel === 'online' ? 'オンライン' : '窓口'}申請: ${g.dim} を読むルールのどれも「${g.value}」に触れていません。${g.count} 通りの組み合わせ（手続×在留資格×申請者）はどのルールにも判断されずに申請可となります。`,
      en: `${g.channel} on ${date}: no rule that reads ${g.dim} names "${g.value}"; ${g.count} procedure × status × filer combinations with it are fileable only because no rule decides them.`,
    },
  }));
}
