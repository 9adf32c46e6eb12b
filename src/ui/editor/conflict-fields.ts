import type { MergeConflict } from '../../domain/cases/draft-merge';
import type { Localized } from '../../domain/model/localized';
import type { Vocabulary } from '../../domain/model/vocabulary';
import { withValueAt } from '../../domain/questions/draft-pointer';
import type { QuestionField } from '../../domain/questions/question-field';
import { QUESTION_FIELDS } from '../../domain/questions/select-questions';
import type { DraftContent } from '../../storage/draft-content';

/** One question both tabs answered differently: its draft value and any half-typed text. */
export interface ConflictGroup {
  /** '/title', or the field's JSON pointer in the draft. */
  key: string;
  field: QuestionField | undefined;
  conflicts: MergeConflict[];
  /** The values to show: the draft's, or the typed text when only that differs. */
  mine: unknown;
  theirs: unknown;
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The question a content pointer belongs to (the longest field pointer it falls under). */
function fieldKey(pointer: string): string {
  if (pointer === '/title') return pointer;
  let inner = pointer;
  if (pointer.startsWith('/draft')) inner = pointer.slice('/draft'.length);
  else if (pointer.startsWith('/formState/')) inner = unescape(pointer.slice('/formState/'.length));
  const owner = QUESTION_FIELDS.filter(
    (f) => inner === f.pointer || inner.startsWith(f.pointer + '/'),
  ).sort((a, b) => b.pointer.length - a.pointer.length)[0];
  return owner?.pointer ?? inner;
}

/** Conflicts grouped by the question they belong to, in the order of the form. */
export function groupConflicts(conflicts: readonly MergeConflict[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const conflict of conflicts) {
    const key = fieldKey(conflict.pointer);
    const group = groups.get(key) ?? {
      key,
      field: QUESTION_FIELDS.find((f) => f.pointer === key),
      conflicts: [],
      mine: conflict.mine,
      theirs: conflict.theirs,
    };
    group.conflicts.push(conflict);
    // The stored value speaks for the field; typed text only when nothing else differs.
    if (!conflict.pointer.startsWith('/formState')) {
      group.mine = conflict.mine;
      group.theirs = conflict.theirs;
    }
    groups.set(key, group);
  }
  const order = (g: ConflictGroup) =>
    g.key === '/title' ? -1 : QUESTION_FIELDS.findIndex((f) => f.pointer === g.key);
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/** The content with this tab's values put back for every conflict of the group. */
export function keepMine(content: DraftContent, group: ConflictGroup): DraftContent {
  let next: DraftContent = content;
  for (const conflict of group.conflicts) next = withValueAt(next, conflict.pointer, conflict.mine);
  return { ...next, title: next.title ?? '', draft: next.draft ?? {} };
}

/** A value as the form would name it: choice labels from the vocabulary, lists joined. */
export function describeValue(
  value: unknown,
  field: QuestionField | undefined,
  vocabulary: Vocabulary,
  words: { empty: string; yes: string; no: string; lang: 'ja' | 'en'; join: string },
): string {
  if (value === undefined || value === null || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return value.map((v) => describeValue(v, field, vocabulary, words)).join(words.join);
  }
  if (typeof value === 'object') {
    const named = (value as { name?: unknown }).name;
    return typeof named === 'string' ? named : JSON.stringify(value);
  }
  const label = optionLabel(String(value), field, vocabulary);
  return label ? label[words.lang] : String(value);
}

function optionLabel(
  id: string,
  field: QuestionField | undefined,
  vocabulary: Vocabulary,
): Localized | undefined {
  const source = field?.options;
  if (!source) return undefined;
  if ('fixed' in source) return source.fixed.find((o) => o.id === id)?.label;
  const terms = vocabulary[source.list] as unknown as readonly ({ id: string } & Localized)[];
  return terms.find((t) => t.id === id);
}
