import type { Draft } from '../../domain/model/draft';
import type { ReservationCaseInput } from '../../domain/reservation/reservation-request';

/** A drafts-list entry as the page receives it from the shell. */
export interface DraftChoice {
  id: string;
  title: string;
  draft: Draft;
}

/** A case in the booking being prepared: the draft it came from plus the fields it adds. */
export interface BookingCase {
  draftId: string;
  title: string;
  input: ReservationCaseInput;
}

// The reservation request schema accepts only these procedures; anything else is left out
// so the planner asks for it (a needs_input finding) instead of the request being invalid.
const PROCEDURES = new Set([
  'coe',
  'change_of_status',
  'extension',
  'acquisition',
  'permanent_residence',
  'extra_activity',
  'employment_certificate',
  'reentry',
]);

/**
 * What a draft already says about a reservation case. The Osaka issuance fields
 * (examination finished, counter, acquisition reason, application number…) are not in a
 * draft: the filer adds them next to the case, guided by the findings that name them.
 */
export function caseFromDraft(choice: DraftChoice): BookingCase {
  const d = choice.draft;
  const input: ReservationCaseInput = {};
  if (d.procedure && PROCEDURES.has(d.procedure)) input.procedure = d.procedure;
  const withProcedures = (d.withProcedures ?? []).filter(
    (p) => PROCEDURES.has(p) && p !== d.procedure,
  );
  if (withProcedures.length > 0) input.withProcedures = [...new Set(withProcedures)];
  if (d.channel) input.channel = d.channel;
  return { draftId: choice.id, title: choice.title, input };
}

/** Sets or clears one per-case field (an empty answer removes it, so the rules ask again). */
export function withCaseField<K extends keyof ReservationCaseInput>(
  c: BookingCase,
  field: K,
  value: ReservationCaseInput[K] | undefined,
): BookingCase {
  const input = { ...c.input };
  if (value === undefined || value === '') delete input[field];
  else input[field] = value;
  return { ...c, input };
}

/** The case fields a finding names, from pointers like /booking/cases/2/issuanceCounter. */
export function neededFields(needs: readonly string[], index: number): string[] {
  const prefix = `/booking/cases/${index}/`;
  return needs.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
}
