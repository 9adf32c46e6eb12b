import type { Confidence } from '../domain/model/citation';
import type { RuleEntry } from './rule-catalogue';

export interface RuleFilter {
  set?: string;
  procedure?: string;
  confidence?: Confidence;
  document?: string;
  /** YYYY-MM-DD: rules whose period or parameters changed on or after this day. */
  changedSince?: string;
  /** Rule ids edited in this session (from the diff), when only those are wanted. */
  editedOnly?: ReadonlySet<string>;
  /** Words to find in the id, title or message (either language). */
  text?: string;
}

/** Every given criterion must hold; an empty filter lists every rule. */
export function filterRules(entries: readonly RuleEntry[], filter: RuleFilter): RuleEntry[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (filter.set && e.setId !== filter.set) return false;
    if (filter.procedure && !e.procedures.includes(filter.procedure)) return false;
    if (filter.confidence && e.rule.confidence !== filter.confidence) return false;
    if (filter.document && !e.documents.includes(filter.document)) return false;
    if (filter.changedSince && !e.changedOn.some((d) => d >= filter.changedSince!)) return false;
    if (filter.editedOnly && !filter.editedOnly.has(e.rule.id)) return false;
    if (words.length > 0) {
      const r = e.rule;
      const hay = [r.id, r.title.ja, r.title.en, r.message.ja, r.message.en]
        .join(' ')
        .toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}
