/**
 * What people type, made comparable: full-width digits and letters become half-width (NFKC),
 * case and spacing stop mattering. The typed text itself is always what is stored.
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-‐－]+/g, ' ');
}

/** A name as compared (duplicates, search): NFKC, one space between parts, any case. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();
}

/** An id typed with full-width digits or separators (１２３４ ５６７８-９０１２) as the digits. */
export function readTypedId(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\-‐－ー]/g, '');
}
