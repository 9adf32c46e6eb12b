import { questionOf } from '../fields/draft-fields';
import { PERSON_FIELD_DECLARATIONS } from '../fields/person-field-declarations';
import type { QuestionField } from './question-field';

/** The filer, the applicant, the dates that set the window, and the declarations. */
export const PERSON_FIELDS: readonly QuestionField[] = PERSON_FIELD_DECLARATIONS.map(questionOf);
