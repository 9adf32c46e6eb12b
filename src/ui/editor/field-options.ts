import type { Localized } from '../../domain/model/localized';
import type { Vocabulary } from '../../domain/model/vocabulary';
import type { Question } from '../../domain/questions/select-questions';
import shipped from '../../../rules/vocabulary.json';

/** The shipped vocabulary (rules/vocabulary.json): ids with Japanese and English names. */
export const SHIPPED_VOCABULARY: Vocabulary = shipped as Vocabulary;

export interface ChoiceOption {
  id: string;
  label: Localized;
  /** Listed only because it is the current answer, though not offered now. */
  stale?: boolean;
}

type DatedTerm = { id: string; ja: string; en: string; from?: string };

/**
 * The choices of a select: its vocabulary list (statuses not yet in force on the as-of day left
 * out), narrowed by the report where it says which are allowed. A current answer is always
 * kept, marked stale, so choosing another procedure never silently drops it.
 */
export function choiceOptions(
  question: Question,
  vocabulary: Vocabulary,
  asOfDate: string,
  current: unknown,
): ChoiceOption[] {
  const source = question.field.options;
  if (!source) return [];
  let all: ChoiceOption[];
  if ('fixed' in source) all = source.fixed.map((o) => ({ id: o.id, label: o.label }));
  else {
    const terms = vocabulary[source.list] as DatedTerm[];
    all = terms
      .filter((t) => !source.ids || source.ids.includes(t.id))
      .filter((t) => !t.from || t.from <= asOfDate)
      .map((t) => ({ id: t.id, label: { ja: t.ja, en: t.en } }));
  }
  const allowed = question.options;
  const shown = allowed ? all.filter((o) => allowed.includes(o.id)) : all;
  const currentIds = Array.isArray(current) ? current : current === undefined ? [] : [current];
  for (const id of currentIds) {
    if (typeof id !== 'string' || shown.some((o) => o.id === id)) continue;
    const known = (vocabularyTerm(vocabulary, id) ?? all.find((o) => o.id === id)?.label) as
      Localized | undefined;
    shown.push({ id, label: known ?? { ja: id, en: id }, stale: true });
  }
  return shown;
}

function vocabularyTerm(vocabulary: Vocabulary, id: string): Localized | undefined {
  for (const list of Object.values(vocabulary)) {
    if (!Array.isArray(list)) continue;
    const term = (list as DatedTerm[]).find((t) => t.id === id);
    if (term) return { ja: term.ja, en: term.en };
  }
  return undefined;
}
