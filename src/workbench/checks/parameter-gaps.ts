import { pointerJoin } from '../../domain/loading/rule-file-error';
import type { ParameterDef } from '../../domain/model/parameter';
import type { RulePack } from '../../domain/model/rule-pack';
import { isValidIsoDate } from '../../domain/time/tokyo-time';
import { parametersBehindFact } from '../code-read-parameters';
import { factsOfLeaf, leavesOf } from '../condition-walk';
import type { StaticFinding } from './static-finding';

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Key paths of a map-shaped value two levels deep (channel → procedure), the shapes code reads. */
function keyPaths(value: unknown, depth = 2, prefix: string[] = []): string[] {
  if (!isMap(value) || depth === 0) return prefix.length ? [prefix.join('.')] : [];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, depth - 1, [...prefix, k]));
}

function gapsIn(def: ParameterDef): StaticFinding[] {
  const out: StaticFinding[] = [];
  const dates = Object.keys(def.values).sort();
  const at = (date: string) => pointerJoin('/parameters', def.name, 'values', date);
  const finding = (
    date: string,
    level: 'warn' | 'info',
    ja: string,
    en: string,
  ): StaticFinding => ({
    check: 'parameter-gap',
    level,
    file: def.file,
    pointer: at(date),
    text: { ja, en },
  });
  dates.forEach((date, i) => {
    if (!isValidIsoDate(date)) {
      out.push(
        finding(
          date,
          'warn',
          `${def.name}: ${date} は暦にない日付です。`,
          `${def.name}: ${date} is not a calendar day.`,
        ),
      );
    }
    if (i === 0) return;
    const prev = def.values[dates[i - 1]!]!.value;
    const now = def.values[date]!.value;
    const kept = new Set(keyPaths(now));
    const dropped = keyPaths(prev).filter((k) => !kept.has(k));
    if (dropped.length > 0) {
      out.push(
        finding(
          date,
          'warn',
          `${def.name}: ${date} からの値に ${dropped.join(', ')} がなく、それまであった値が途切れます。`,
          `${def.name}: the value from ${date} drops ${dropped.join(', ')}, which had a value before; from then on it has none.`,
        ),
      );
    }
    if (JSON.stringify(prev) === JSON.stringify(now)) {
      out.push(
        finding(
          date,
          'info',
          `${def.name}: ${date} の値は直前の値と同じです。`,
          `${def.name}: the value from ${date} repeats the previous one.`,
        ),
      );
    }
  });
  return out;
}

/**
 * Parameters with gaps: invalid dates, keys that disappear from one dated value to the next
 * (a procedure loses its window or fee), repeated values, and rules in force before the
 * first value of a parameter behind a fact they read (the loader checks named parameters).
 */
export function parameterGaps(pack: RulePack): StaticFinding[] {
  const out = [...pack.parameters.values()].flatMap(gapsIn);
  // Grouped by parameter: one finding names every rule in force before its first value.
  const early = new Map<
    string,
    { first: string; rules: string[]; file: string; pointer: string }
  >();
  for (const set of pack.ruleSets) {
    set.rules.forEach((rule, i) => {
      const behind = new Set(
        leavesOf(rule.conditions).flatMap(factsOfLeaf).flatMap(parametersBehindFact),
      );
      for (const name of behind) {
        const def = pack.parameters.get(name);
        const first = def && Object.keys(def.values).sort()[0];
        if (!first || (rule.effective.from !== null && rule.effective.from >= first)) continue;
        if (rule.effective.until !== null && rule.effective.until < first) continue;
        const g = early.get(name) ?? {
          first,
          rules: [],
          file: set.file,
          pointer: `/rules/${i}/effective/from`,
        };
        g.rules.push(rule.id);
        early.set(name, g);
      }
    });
  }
  for (const [name, g] of early) {
    out.push({
      check: 'parameter-gap',
      level: 'info',
      file: g.file,
      pointer: g.pointer,
      rules: g.rules,
      text: {
        ja: `${g.rules.length} 件のルール（${g.rules.join(', ')}）は ${g.first} より前にも有効ですが、その判断に使う ${name} はその日からしか値がありません（それまでは未確定として扱われます）。`,
        en: `${g.rules.length} rule(s) (${g.rules.join(', ')}) are in force before ${g.first}, but ${name}, behind a fact they read, has values only from that day (until then the fact is undecided).`,
      },
    });
  }
  return out;
}
