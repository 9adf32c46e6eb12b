/**
 * Text typed into the editor that the draft cannot hold yet (a half-typed date) or holds in
 * another form (2027/1/31 for 2027-01-31), by JSON pointer. Saved with the draft so nothing
 * typed is lost across reloads.
 */
export type FormState = Record<string, string>;

export function withRaw(state: FormState, pointer: string, raw: string | undefined): FormState {
  const next = { ...state };
  if (raw === undefined) delete next[pointer];
  else next[pointer] = raw;
  return next;
}
