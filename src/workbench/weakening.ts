import type { Localized } from '../domain/model/localized';
import type { RuleDef, Severity } from '../domain/model/rule';
import type { RulePack } from '../domain/model/rule-pack';

/** A way a pack checks less than the one in use: shown before the pack is used. */
export interface Weakening {
  kind: 'rule-removed' | 'severity-lowered' | 'period-cut' | 'parameter-changed';
  /** Rule id or parameter name. */
  subject: string;
  text: Localized;
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
const SEVERITY_JA: Record<Severity, string> = { block: '申請不可', warn: '注意', info: '情報' };

const rulesById = (pack: RulePack) =>
  new Map(pack.ruleSets.flatMap((s) => s.rules.map((r) => [r.id, r] as const)));

/** Days of `before`'s period that `after` no longer covers (a later start or an earlier end). */
function cut(before: RuleDef, after: RuleDef): string | undefined {
  const [b, a] = [before.effective, after.effective];
  const startsLater = a.from !== null && (b.from === null || a.from > b.from);
  const endsEarlier = a.until !== null && (b.until === null || a.until < b.until);
  if (!startsLater && !endsEarlier) return undefined;
  const show = (p: typeof a) => `${p.from ?? '…'} – ${p.until ?? '…'}`;
  return `${show(b)} → ${show(a)}`;
}

/**
 * Compares a candidate pack with the one in use: block and warn rules removed or lowered,
 * periods cut, parameters whose dated values differ. Info rules dropping away is not a
 * weakening (they never stop a filing). Every changed parameter is listed: a changed number
 * may loosen or tighten a check, and only a person can tell which.
 */
export function weakenings(current: RulePack, candidate: RulePack): Weakening[] {
  const out: Weakening[] = [];
  const next = rulesById(candidate);
  for (const [id, before] of rulesById(current)) {
    const after = next.get(id);
    if (!after) {
      if (before.severity === 'info') continue;
      out.push({
        kind: 'rule-removed',
        subject: id,
        text: {
          ja: `規則 ${id}（${SEVERITY_JA[before.severity]}）が削除されています。`,
          en: `Rule ${id} (${before.severity}) is removed.`,
        },
      });
      continue;
    }
    if (RANK[after.severity] < RANK[before.severity]) {
      out.push({
        kind: 'severity-lowered',
        subject: id,
        text: {
          ja: `規則 ${id} の重要度が ${SEVERITY_JA[before.severity]} から ${SEVERITY_JA[after.severity]} に下がっています。`,
          en: `Rule ${id} is lowered from ${before.severity} to ${after.severity}.`,
        },
      });
    }
    const period = before.severity === 'info' ? undefined : cut(before, after);
    if (period) {
      out.push({
        kind: 'period-cut',
        subject: id,
        text: {
          ja: `規則 ${id} の有効期間が短くなっています（${period}）。`,
          en: `Rule ${id} is in force for less time (${period}).`,
        },
      });
    }
  }
  for (const [name, before] of current.parameters) {
    const after = candidate.parameters.get(name);
    const same = after && JSON.stringify(after.values) === JSON.stringify(before.values);
    if (same) continue;
    out.push({
      kind: 'parameter-changed',
      subject: name,
      text: after
        ? {
            ja: `パラメータ ${name} の値が変わっています。`,
            en: `Parameter ${name} has different values.`,
          }
        : { ja: `パラメータ ${name} が削除されています。`, en: `Parameter ${name} is removed.` },
    });
  }
  return out;
}
