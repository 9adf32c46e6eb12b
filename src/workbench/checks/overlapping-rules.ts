import type { ConditionLeaf, ConditionNode, RuleDef } from '../../domain/model/rule';
import type { RulePack } from '../../domain/model/rule-pack';
import { periodsOverlap, type StaticFinding } from './static-finding';

/** A condition's text with the order of all/any children and literal lists ignored. */
export function canonical(node: ConditionNode): string {
  if ('all' in node) return `all(${node.all.map(canonical).sort().join(',')})`;
  if ('any' in node) return `any(${node.any.map(canonical).sort().join(',')})`;
  if ('not' in node) return `not(${canonical(node.not)})`;
  const value = Array.isArray(node.value) ? [...node.value].sort() : node.value;
  return JSON.stringify([node.fact, node.operator, value]);
}

/** Literal values a top-level "all" pins a fact to (equal / in); used to see two rules exclude each other. */
function pinned(node: ConditionNode): Map<string, Set<unknown>> {
  const leaves = ('all' in node ? node.all : [node]).filter((n): n is ConditionLeaf => 'fact' in n);
  const out = new Map<string, Set<unknown>>();
  for (const l of leaves) {
    if (l.operator === 'equal' && typeof l.value !== 'object') out.set(l.fact, new Set([l.value]));
    if (l.operator === 'in' && Array.isArray(l.value)) out.set(l.fact, new Set(l.value));
  }
  return out;
}

function exclusive(a: ConditionNode, b: ConditionNode): boolean {
  const pa = pinned(a);
  for (const [fact, vb] of pinned(b)) {
    const va = pa.get(fact);
    if (va && ![...va].some((v) => vb.has(v))) return true;
  }
  return false;
}

interface Located {
  rule: RuleDef;
  file: string;
  pointer: string;
  subject: string;
}

/**
 * Pairs of rules in force on a common day that say the same thing twice (same conditions),
 * contradict each other (same conditions, different severity), or look like an old and a new
 * version of one rule left overlapping (same title, conditions that do not exclude each other).
 */
export function overlappingRules(pack: RulePack): StaticFinding[] {
  const all: Located[] = pack.ruleSets.flatMap((s) =>
    s.rules.map((rule, i) => ({
      rule,
      file: s.file,
      pointer: `/rules/${i}`,
      subject: s.subject ?? 'draft',
    })),
  );
  const keys = all.map((x) => canonical(x.rule.conditions));
  const out: StaticFinding[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.subject !== b.subject || !periodsOverlap(a.rule.effective, b.rule.effective)) continue;
      const ids = [a.rule.id, b.rule.id];
      const at = { file: b.file, pointer: b.pointer, rules: ids };
      const sameSet = a.file === b.file;
      // Reservation sets judge different systems; only rules of one set meet the same request.
      if (a.subject === 'reservation' && !sameSet) continue;
      if (keys[i] === keys[j]) {
        if (a.rule.silent || b.rule.silent) continue;
        const contradictory = a.rule.severity !== b.rule.severity;
        // Notes and rules with their own effects (checklist items) may share conditions on purpose.
        const withEffects = a.rule.effects !== undefined || b.rule.effects !== undefined;
        if (!contradictory && (a.rule.severity === 'info' || withEffects)) continue;
        out.push({
          ...at,
          check: contradictory ? 'contradictory-rules' : 'overlapping-rules',
          level: 'warn',
          text: contradictory
            ? {
                ja: `${ids[0]}（${a.rule.severity}）と ${ids[1]}（${b.rule.severity}）は同じ期間に同じ条件で重要度が異なります。`,
                en: `${ids[0]} (${a.rule.severity}) and ${ids[1]} (${b.rule.severity}) have the same conditions in the same period but different severities.`,
              }
            : {
                ja: `${ids[0]} と ${ids[1]} は同じ期間に同じ条件です（重複）。`,
                en: `${ids[0]} and ${ids[1]} have the same conditions in the same period (duplicate).`,
              },
        });
      } else if (
        (a.rule.title.en === b.rule.title.en || a.rule.title.ja === b.rule.title.ja) &&
        !exclusive(a.rule.conditions, b.rule.conditions)
      ) {
        out.push({
          ...at,
          check: 'overlapping-rules',
          level: 'info',
          text: {
            ja: `${ids[0]} と ${ids[1]} は同じ題名で有効期間が重なっています。旧版の終了日を確認してください。`,
            en: `${ids[0]} and ${ids[1]} share a title and their periods overlap: check that the older one ends.`,
          },
        });
      }
    }
  }
  return out;
}
