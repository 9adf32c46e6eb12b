import type { Draft } from '../../domain/model/draft';

/**
 * The case id "new case" opens: a case that exists only on its screen until its first
 * answer, so leaving it untouched stores nothing (no pile of empty "(untitled)" cases).
 */
export const NEW_CASE_ID = 'new';

/** Whether anything was answered or typed: a title, an answer, or text in a field. */
export function hasAnswer(input: {
  title: string;
  draft: Draft;
  formState: Record<string, string>;
}): boolean {
  return (
    input.title.trim() !== '' ||
    Object.keys(input.draft).length > 0 ||
    Object.values(input.formState).some((text) => text.trim() !== '')
  );
}
