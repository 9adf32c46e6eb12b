import type { PdfRestriction } from './pdf-inspection';

/** pdf.js PermissionFlag bits (PDF 32000-1 Table 22), kept here so this module needs no pdf.js. */
const FLAGS: [PdfRestriction, number][] = [
  ['print', 0x04],
  ['modify', 0x08],
  ['copy', 0x10],
  ['annotate', 0x20],
  ['fill_forms', 0x100],
  ['copy_for_accessibility', 0x200],
  ['assemble', 0x400],
  ['print_high_quality', 0x800],
];

/**
 * `getPermissions()` lists the permissions granted, or null when the file sets none.
 * Any permission missing from the list is a restriction: the online system refuses files
 * with "印刷禁止・コピーペースト禁止などの設定", i.e. any such setting, not only these two.
 */
export function restrictionsFrom(granted: readonly number[] | null): PdfRestriction[] {
  if (granted === null) return [];
  return FLAGS.filter(([, bit]) => !granted.includes(bit)).map(([name]) => name);
}
