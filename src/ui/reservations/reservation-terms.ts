import type { OutboxState } from '../../sync/types';
import { m, type Text } from '../i18n/messages';

// Names of the planner's fixed values, as message functions so they follow the language.
export const SYSTEM_NAME = {
  tokyo_application: m.reserve_tokyo_application,
  osaka_issuance: m.reserve_osaka_issuance,
} as const;

export const DEADLINE_NAME = {
  book: m.reserve_book,
  change: m.reserve_change,
  cancel: m.reserve_cancel,
} as const;

export const STATE_NAME: Record<OutboxState, Text> = {
  queued: m.reserve_state_queued,
  sending: m.reserve_state_sending,
  sent: m.reserve_state_sent,
  confirmed: m.reserve_state_confirmed,
  rejected: m.reserve_state_rejected,
  cancelled: m.reserve_state_cancelled,
  attention: m.reserve_state_attention,
};

export const ARRANGEMENT_NAME = {
  filed_myself: m.reserve_field_filed_myself,
  colleague_filed: m.reserve_field_colleague_filed,
  applicant_filed: m.reserve_field_applicant_filed,
  other_agent_filed: m.reserve_field_other_agent_filed,
} as const;

/** The fields a booking case may still need, by the name the planner gives them. */
const FIELD_NAME: Record<string, Text> = {
  procedure: m.reserve_field_procedure,
  channel: m.reserve_field_channel,
  examinationFinished: m.reserve_field_examinationFinished,
  issuanceCounter: m.reserve_field_issuanceCounter,
  acquisitionReason: m.reserve_field_acquisitionReason,
  applicationNumber: m.reserve_field_applicationNumber,
  applicantMustAppear: m.reserve_field_applicantMustAppear,
  receiptArrangement: m.reserve_field_receiptArrangement,
};

export const fieldName = (field: string): string => FIELD_NAME[field]?.() ?? field;
