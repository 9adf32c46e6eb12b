import { Temporal } from '@js-temporal/polyfill';
import { valueFactRef } from '../../domain/evaluation/three-valued';
import type { RuleDef } from '../../domain/model/rule';
import type { RulePack } from '../../domain/model/rule-pack';
import { FACT_VOCABULARY } from '../../domain/model/vocabulary';
import { isValidIsoDate } from '../../domain/time/tokyo-time';
import { leavesOf, parametersNamed } from '../condition-walk';
import { evaluatePartially, knownOn } from './partial-evaluation';
import type { StaticFinding } from './static-finding';

/** Days on which the rule's parameters may differ: its start and their dated values inside its period. */
function daysToTry(rule: RuleDef, pack: RulePack): string[] {
  const from = rule.effective.from ?? '1900-01-01';
  const until = rule.effective.until ?? '9999-12-31';
  const days = new Set([from]);
  for (const name of parametersNamed(rule.conditions)) {
    const def = pack.parameters.get(name);
    if (!def) continue;
    for (const day of Object.keys(def.values)) if (day > from && day <= until) days.add(day);
  }
  return [...days];
}

function neighbours(v: unknown): unknown[] {
  if (typeof v === 'number') return [v - 1, v, v + 1];
  if (typeof v === 'string' && isValidIsoDate(v)) {
    const d = Temporal.PlainDate.from(v);
    return [d.subtract({ days: 1 }).toString(), v, d.add({ days: 1 }).toString()];
  }
  if (Array.isArray(v)) return [v, ...v.flatMap(neighbours)];
  return typeof v === 'object' && v !== null ? [] : [v, [v]];
}

/**
 * Values worth trying for a fact: every literal or parameter value the rule compares it with,
 * their neighbours (one less, one day later, a list holding it), vocabulary ids, empty values.
 */
function candidates(
  rule: RuleDef,
  fact: string,
  pack: RulePack,
  known: ReadonlyMap<string, unknown>,
): unknown[] {
  const out = new Set<unknown>(['\u0000other', true, false, [], 0]);
  for (const leaf of leavesOf(rule.conditions).filter((l) => l.fact === fact)) {
    const ref = valueFactRef(leaf.value);
    for (const v of neighbours(ref ? known.get(ref) : leaf.value)) out.add(v);
  }
  const list = FACT_VOCABULARY[fact];
  for (const term of (list && pack.vocabulary[list]) || []) out.add(term.id);
  return [...out];
}

/** Patterns and durations cannot be tried value by value; such facts are assumed to fit. */
const NOT_ENUMERABLE = new Set(['matchesPattern', 'durationExceeds', 'durationAtMost']);
const enumerable = (rule: RuleDef, fact: string) =>
  !leavesOf(rule.conditions).some((l) => l.fact === fact && NOT_ENUMERABLE.has(l.operator));

/**
 * A rule can never fire when, on every day of its period, its conditions are false whatever
 * the draft says. Checked per day with the parameters in force, and per fact with every value
 * the rule could meet (so `channel = online and channel = counter` is found). Silent rules
 * without effects are reported too: they can hold, but nobody would ever see it.
 */
export function neverFiringRules(pack: RulePack): StaticFinding[] {
  const out: StaticFinding[] = [];
  for (const set of pack.ruleSets) {
    set.rules.forEach((rule, i) => {
      const pointer = `/rules/${i}`;
      const days = daysToTry(rule, pack);
      const facts = [...new Set(leavesOf(rule.conditions).map((l) => l.fact))];
      const canHold = days.some((day) => {
        const known = knownOn(pack, day);
        if (evaluatePartially(rule.conditions, known) === false) return false;
        return facts.every((fact) =>
          fact.startsWith('param.') || known.has(fact) || !enumerable(rule, fact)
            ? true
            : candidates(rule, fact, pack, known).some(
                (v) => evaluatePartially(rule.conditions, new Map([...known, [fact, v]])) !== false,
              ),
        );
      });
      if (!canHold) {
        out.push({
          check: 'never-fires',
          level: 'warn',
          file: set.file,
          pointer: `${pointer}/conditions`,
          rules: [rule.id],
          text: {
            ja: `${rule.id} は有効期間中のどの日にも条件が成り立ちません（パラメータの値か条件の組み合わせを確認してください）。`,
            en: `${rule.id} can never hold on any day of its period: check its parameters' values or contradictory conditions.`,
          },
        });
      }
      const effects = rule.effects;
      if (rule.silent && !effects?.checklist?.length && !effects?.excludeReceiptMethods?.length) {
        out.push({
          check: 'never-fires',
          level: 'warn',
          file: set.file,
          pointer: `${pointer}/silent`,
          rules: [rule.id],
          text: {
            ja: `${rule.id} は silent ですが効果がないため、成り立っても何も表示されません。`,
            en: `${rule.id} is silent and has no effects, so nothing ever shows when it holds.`,
          },
        });
      }
    });
  }
  return out;
}
