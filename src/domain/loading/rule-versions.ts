import type { EffectivePeriod, RuleDef, RuleSet } from '../model/rule';
import type { PackGaps } from './pack-gaps';
import type { RuleFileError } from './rule-file-error';

/** `<id>_YYYYMMDD` is how a new version of a rule is named (ADR 7); the base names the rule. */
export function baseRuleId(id: string): string {
  return id.replace(/_\d{8}$/, '');
}

function overlap(a: EffectivePeriod, b: EffectivePeriod): boolean {
  const startsBeforeEnd = (x: EffectivePeriod, y: EffectivePeriod) =>
    x.from === null || y.until === null || x.from <= y.until;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

function sameRule(a: RuleDef, b: RuleDef): string | undefined {
  if (baseRuleId(a.id) === baseRuleId(b.id)) return 'share the id';
  if (a.title.en === b.title.en || a.title.ja === b.title.ja) return 'share the title';
  return undefined;
}

/**
 * Two versions of one rule (same id before the date suffix, or the same title within a set:
 * a rule copied under a new id) must not both be in force on a day, or a draft gets the old
 * and the new answer at once and which one counts depends on order.
 */
export function overlappingVersions(set: RuleSet, gaps?: PackGaps): RuleFileError[] {
  const errors: RuleFileError[] = [];
  const usable = (i: number) => !gaps?.brokenRules.has(`${set.file}#/rules/${i}`);
  set.rules.forEach((b, j) => {
    if (!usable(j)) return;
    for (let i = 0; i < j; i++) {
      const a = set.rules[i]!;
      if (!usable(i)) continue;
      const why = sameRule(a, b);
      if (!why || !overlap(a.effective, b.effective)) continue;
      const period = (r: RuleDef) => `${r.effective.from ?? '…'} to ${r.effective.until ?? '…'}`;
      errors.push({
        file: set.file,
        pointer: `/rules/${j}/effective`,
        message: `"${b.id}" (${period(b)}) and "${a.id}" (${period(a)}) ${why}, so they are versions of one rule, and their periods overlap: end the older one the day before the newer one starts`,
        ja: `「${b.id}」（${period(b)}）と「${a.id}」（${period(a)}）は同じ規則の版ですが、有効期間が重なっています。旧版を新版の開始前日で終了させてください`,
      });
    }
  });
  return errors;
}
