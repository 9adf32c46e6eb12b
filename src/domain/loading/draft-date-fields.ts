/**
 * The draft fields that hold a calendar day (YYYY-MM-DD). The schema's pattern lets
 * 2026-02-30 through, so each is also checked to be a real day. Kept apart from
 * draft-validation.ts so storage can check stored rows without the date library.
 */
export const DRAFT_DATE_FIELDS: readonly (readonly string[])[] = [
  ['filer', 'credential', 'expires'],
  ['applicant', 'birthDate'],
  ['applicant', 'stayExpires'],
  ['groundsDate'],
  ['eventDate'],
  ['photo', 'takenOn'],
];
