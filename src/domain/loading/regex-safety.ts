import type { RulePack } from '../model/rule-pack';
import { paramName } from '../parameters/parameter-values';
import { conditionLeaves } from './condition-leaves';
import { PATTERN_UNIT } from './parameter-units';
import { pointerJoin, type RuleFileError } from './rule-file-error';

/** Where a regular expression of the pack is written. */
export interface PatternSite {
  file: string;
  pointer: string;
  source: string;
}

/** Every pattern the `matchesPattern` operator may run: literals in rules and pattern parameters. */
export function patternSites(pack: RulePack): PatternSite[] {
  const sites: PatternSite[] = [];
  for (const def of pack.parameters.values()) {
    if (def.unit !== PATTERN_UNIT) continue;
    for (const [date, v] of Object.entries(def.values)) {
      if (typeof v.value !== 'string') continue;
      const pointer = pointerJoin('/parameters', def.name, 'values', date, 'value');
      sites.push({ file: def.file, pointer, source: v.value });
    }
  }
  for (const set of pack.ruleSets) {
    set.rules.forEach((rule, i) => {
      for (const leaf of conditionLeaves(rule.conditions, `/rules/${i}/conditions`)) {
        if (leaf.operator !== 'matchesPattern' || typeof leaf.value !== 'string') continue;
        sites.push({ file: set.file, pointer: `${leaf.pointer}/value`, source: leaf.value });
      }
    });
  }
  return sites.filter((s) => !paramName(s.source));
}

/** What recheck answers, reduced to what the messages need. */
export interface PatternVerdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; summary?: string };
  attack?: { pattern?: string; string?: string };
  error?: { kind: string };
}
export type PatternChecker = (source: string) => Promise<PatternVerdict>;

/** recheck (automata and fuzzing), loaded only when a pack is checked: it is large. */
export async function recheckPatterns(): Promise<PatternChecker> {
  const { check } = await import('recheck');
  return (source) => check(source, '', { timeout: 10_000 }) as Promise<PatternVerdict>;
}

/**
 * Patterns that can take exponential or polynomial time on some input (ReDoS): the check
 * runs on every draft, so one such pattern can freeze the tab. Undecided counts as unsafe.
 */
export async function unsafePatterns(
  sites: readonly PatternSite[],
  checker?: PatternChecker,
): Promise<RuleFileError[]> {
  const check = checker ?? (await recheckPatterns());
  const errors: RuleFileError[] = [];
  for (const site of sites) {
    const verdict = await check(site.source);
    if (verdict.status === 'safe' || verdict.error?.kind === 'invalid') continue;
    const { file, pointer } = site;
    if (verdict.status === 'vulnerable') {
      const kind = verdict.complexity?.type ?? 'super-linear';
      const attack = verdict.attack?.pattern ?? JSON.stringify(verdict.attack?.string ?? '');
      errors.push({
        file,
        pointer,
        message: `regular expression ${JSON.stringify(site.source)} can take ${kind} time (ReDoS; e.g. on ${attack}): remove nested or overlapping repetition, e.g. write "^[0-9]+$" instead of "^([0-9]+)+$"`,
        ja: `正規表現 ${JSON.stringify(site.source)} は入力によって処理時間が急増します（ReDoS、${kind}）。入れ子や重なりのある繰り返しをなくしてください（例: "^([0-9]+)+$" ではなく "^[0-9]+$"）`,
      });
    } else {
      errors.push({
        file,
        pointer,
        message: `regular expression ${JSON.stringify(site.source)} could not be shown safe from ReDoS (${verdict.error?.kind ?? 'unknown'}): simplify it`,
        ja: `正規表現 ${JSON.stringify(site.source)} が ReDoS に対して安全か確認できませんでした（${verdict.error?.kind ?? 'unknown'}）。簡単な形にしてください`,
      });
    }
  }
  return errors;
}
