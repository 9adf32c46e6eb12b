import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { jsonDiff, type JsonChange } from './json-diff';

export interface FileDiff {
  file: string;
  status: 'added' | 'removed' | 'changed';
  changes: JsonChange[];
}

/** What an edited pack changes against a base pack (the shipped rules), file by file. */
export function diffPacks(base: RuleFiles, edited: RuleFiles): FileDiff[] {
  const out: FileDiff[] = [];
  for (const file of [...new Set([...Object.keys(base), ...Object.keys(edited)])].sort()) {
    if (!(file in edited)) out.push({ file, status: 'removed', changes: [] });
    else if (!(file in base)) out.push({ file, status: 'added', changes: [] });
    else {
      const changes = jsonDiff(base[file], edited[file]);
      if (changes.length > 0) out.push({ file, status: 'changed', changes });
    }
  }
  return out;
}

/** Ids of rules whose definition differs between the packs (for the "edited" filter). */
export function editedRuleIds(diff: readonly FileDiff[], edited: RuleFiles): Set<string> {
  const ids = new Set<string>();
  for (const d of diff) {
    if (!d.file.endsWith('/rules.json')) continue;
    const rules = (edited[d.file] as { rules?: { id: string }[] })?.rules ?? [];
    if (d.status === 'added') rules.forEach((r) => ids.add(r.id));
    for (const c of d.changes) {
      const m = /^\/rules\/(\d+)/.exec(c.pointer);
      const rule = m && c.kind !== 'removed' ? rules[Number(m[1])] : undefined;
      if (rule) ids.add(rule.id);
    }
  }
  return ids;
}
