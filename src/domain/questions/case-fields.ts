import { CASE_FIELD_DECLARATIONS } from '../fields/case-field-declarations';
import { questionOf } from '../fields/draft-fields';
import type { QuestionField } from './question-field';

/** What is filed, how, and with what: asked before anything about the person. */
export const CASE_FIELDS: readonly QuestionField[] = CASE_FIELD_DECLARATIONS.map(questionOf);
