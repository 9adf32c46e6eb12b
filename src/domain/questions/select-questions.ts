import { INPUT_FACTS } from '../facts/input-facts';
import type { Draft } from '../model/draft';
import type { Report } from '../model/report';
import { CASE_FIELDS } from './case-fields';
import { hasValueAt } from './draft-pointer';
import { PERSON_FIELDS } from './person-fields';
import type { QuestionContext, QuestionField } from './question-field';

/** Every field the editor can ask, in the order it asks them. */
export const QUESTION_FIELDS: readonly QuestionField[] = [...CASE_FIELDS, ...PERSON_FIELDS];

/** The policy lists that decide which fields apply, from the pack's dated parameters. */
export type QuestionLists = Pick<
  QuestionContext,
  'companionHosts' | 'credentialFilers' | 'statusesWithoutPeriod'
>;

/** Fallbacks when the pack's parameters are not at hand (the values of the shipped pack). */
export const DEFAULT_QUESTION_LISTS: QuestionLists = {
  companionHosts: ['change_of_status', 'extension', 'acquisition'],
  credentialFilers: ['lawyer', 'scrivener'],
  statusesWithoutPeriod: [
    'permanent_resident',
    'highly_skilled_professional_2',
    'special_permanent_resident',
  ],
};

export interface Question {
  field: QuestionField;
  /** The last report's verdict waits for this answer. */
  needed: boolean;
  /** Choice ids for selects, narrowed where the report says which are allowed. */
  options?: string[];
}

export type ReportHints = Pick<Report, 'needs' | 'receiptMethods' | 'findings'>;

export function questionContext(draft: Draft, lists: Partial<QuestionLists> = {}): QuestionContext {
  return {
    procedure: draft.procedure,
    channel: draft.channel,
    filerCategory: draft.filer?.category,
    status: draft.applicant?.status,
    withProcedures: draft.withProcedures ?? [],
    ...DEFAULT_QUESTION_LISTS,
    ...lists,
  };
}

const POINTER_BY_FACT = new Map(INPUT_FACTS.map((f) => [f.name, f.pointer]));

/** Draft fields that a finding's conditions read: the user may want to answer them. */
function findingPointers(report: ReportHints | undefined): Set<string> {
  const out = new Set<string>();
  for (const finding of report?.findings ?? []) {
    for (const c of finding.explanation.conditions) {
      const pointer = POINTER_BY_FACT.get(c.fact);
      if (pointer) out.add(pointer);
    }
  }
  return out;
}

/**
 * The fields to ask for this draft: a field the verdict needs is asked unless it waits for an
 * earlier answer; otherwise a field is asked when it can matter and is either always asked for
 * this case, already answered, or read by a finding. Nothing with a value that still applies
 * disappears, so an answer is never hidden while it counts.
 */
export function selectQuestions(
  draft: Draft,
  report?: ReportHints,
  lists?: Partial<QuestionLists>,
): Question[] {
  const ctx = questionContext(draft, lists);
  const needed = new Set((report?.needs ?? []).map((n) => n.field));
  const related = findingPointers(report);
  return QUESTION_FIELDS.flatMap((field) => {
    const applies = field.applies(ctx);
    const isNeeded = needed.has(field.pointer);
    const asked = isNeeded
      ? applies !== 'later'
      : applies === 'yes' &&
        (field.askAlways(ctx) || hasValueAt(draft, field.pointer) || related.has(field.pointer));
    if (!asked) return [];
    return [{ field, needed: isNeeded, options: optionIds(field, draft, report) }];
  });
}

function optionIds(field: QuestionField, draft: Draft, report?: ReportHints): string[] | undefined {
  if (field.pointer !== '/receiptMethod' || !report) return undefined;
  // The methods the last report allows; a method already chosen stays listed so it is not lost.
  const ids = [...report.receiptMethods];
  if (draft.receiptMethod && !ids.includes(draft.receiptMethod)) ids.push(draft.receiptMethod);
  return ids;
}
