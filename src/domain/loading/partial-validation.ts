import type { RuleFileError } from './rule-file-error';

/**
 * The entries of a collection that a file's schema errors fall in ("/rules/3/…" → "3"), so
 * one broken rule or parameter keeps only itself out of the semantic checks. A missing
 * required field of an entry is reported at the entry itself, so it counts too.
 */
export function errorsByEntry(errors: readonly RuleFileError[], collection: string): Set<string> {
  const entries = new Set<string>();
  const prefix = `/${collection}/`;
  for (const e of errors) {
    if (!e.pointer.startsWith(prefix)) continue;
    const key = e.pointer.slice(prefix.length).split('/')[0]!;
    entries.add(key.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return entries;
}
