import type { FieldKind } from '../../domain/questions/question-field';
import { readTypedNationality } from '../../domain/input/typed-nationality';
import { readTypedId } from '../../domain/input/typed-text';
import { parseDateInput } from '../dates/parse-date-input';
import { parseDurationInput } from './parse-duration-input';

export type ProblemKey = 'notADate' | 'notADuration' | 'notANationality';

export interface Decoded {
  /** The draft value, or undefined while the text is empty or not usable yet. */
  value: string | undefined;
  /** Why the text is not usable yet; absent when it is empty or fine. */
  problem?: ProblemKey;
}

/** Turns what was typed into a text-like field into the draft's value. */
export function decodeText(pointer: string, kind: FieldKind, raw: string): Decoded {
  const text = raw.trim();
  if (text === '') return { value: undefined };
  if (kind === 'date') {
    const value = parseDateInput(text);
    return value ? { value } : { value, problem: 'notADate' };
  }
  if (kind === 'duration') {
    const value = parseDurationInput(text);
    return value ? { value } : { value, problem: 'notADuration' };
  }
  if (pointer === '/applicant/nationality') {
    const code = readTypedNationality(text);
    return code ? { value: code } : { value: undefined, problem: 'notANationality' };
  }
  // Numbers typed in full width or with separators are the same number (the CSV reads it so too).
  if (pointer === '/filer/credential/number') return { value: readTypedId(text) };
  return { value: text };
}

/**
 * The text to show: what was typed while it still stands for the draft's value (or for
 * nothing, when it is unfinished); otherwise the draft's own value, e.g. after a reload.
 */
export function shownText(
  pointer: string,
  kind: FieldKind,
  draftValue: unknown,
  raw: string | undefined,
): string {
  const stored = typeof draftValue === 'string' ? draftValue : '';
  if (raw === undefined) return stored;
  return decodeText(pointer, kind, raw).value === (draftValue ?? undefined) ? raw : stored;
}

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
