import {
  always,
  both,
  CARD_PROCEDURES,
  credentialFiler,
  filerIn,
  hasCurrentStatus,
  hasPeriodOfStay,
  onlineChannel,
  procedureIn,
} from './applicability';
import { fieldLabel } from './field-label';
import type { FieldGroup, FieldKind, OptionSource, QuestionField } from './question-field';

const yes = () => true;
const no = () => false;

const field = (
  pointer: string,
  kind: FieldKind,
  group: FieldGroup,
  applies: QuestionField['applies'],
  askAlways: QuestionField['askAlways'] = yes,
  options?: OptionSource,
): QuestionField => ({
  pointer,
  kind,
  group,
  applies,
  askAlways,
  label: fieldLabel(pointer),
  options,
});

const STATUSES: OptionSource = { list: 'statuses' };

/** The filer, the applicant, the dates that set the window, and the declarations. */
export const PERSON_FIELDS: readonly QuestionField[] = [
  field('/filer/category', 'select', 'filer', always, yes, { list: 'filers' }),
  field('/filer/credential/kind', 'select', 'filer', credentialFiler, yes, {
    list: 'credentials',
  }),
  field('/filer/credential/number', 'text', 'filer', credentialFiler),
  field('/filer/credential/expires', 'date', 'filer', credentialFiler),
  field('/applicant/name', 'text', 'applicant', always),
  field('/applicant/nationality', 'text', 'applicant', always, no),
  // Age matters only when the foreign national or a relative files (self-filing, relatives).
  field('/applicant/birthDate', 'date', 'applicant', filerIn(['applicant', 'relative'])),
  field('/applicant/status', 'select', 'applicant', hasCurrentStatus, yes, STATUSES),
  field(
    '/applicant/periodOfStay',
    'duration',
    'applicant',
    hasPeriodOfStay,
    (ctx) => ctx.procedure === 'extension',
  ),
  field(
    '/applicant/stayExpires',
    'date',
    'applicant',
    hasPeriodOfStay,
    (ctx) => ctx.procedure === 'extension',
  ),
  field(
    '/targetStatus',
    'select',
    'applicant',
    procedureIn(['coe', 'change_of_status', 'acquisition']),
    yes,
    STATUSES,
  ),
  field('/groundsDate', 'date', 'applicant', procedureIn(['change_of_status'])),
  field('/eventDate', 'date', 'applicant', procedureIn(['acquisition'])),
  field(
    '/flags/newKanjiNameRequest',
    'boolean',
    'declarations',
    both(onlineChannel, procedureIn(CARD_PROCEDURES)),
  ),
  field(
    '/flags/permissionByPassportStamp',
    'boolean',
    'declarations',
    both(onlineChannel, procedureIn(CARD_PROCEDURES)),
  ),
  field('/flags/applicantUnableThroughIllness', 'boolean', 'declarations', filerIn(['relative'])),
  // Only when the attachments exceed the limits does a finding point at it.
  field('/flags/referenceForm9Attached', 'boolean', 'declarations', onlineChannel, no),
];
