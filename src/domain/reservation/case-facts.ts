import { FactTable } from '../facts/fact-table';
import { CASE_FACTS } from './reservation-fact-catalogue';
import type { ReservationCaseInput } from './reservation-request';

/**
 * Request facts plus the facts of one case of the booking. A missing field follows its
 * policy: "ask" makes rules that need it undecided, naming `/booking/cases/<i>/<field>`.
 */
export function caseFacts(
  request: FactTable,
  input: ReservationCaseInput,
  pointer: string,
): FactTable {
  const facts = new FactTable();
  Object.assign(facts.values, request.values);
  for (const [name, u] of request.unknown) facts.unknown.set(name, u);
  for (const f of CASE_FACTS) {
    const value = (input as Record<string, unknown>)[f.field!];
    if (value !== undefined) facts.set(f.name, value);
    else if (f.missing === 'default') facts.set(f.name, f.fallback);
    else facts.markUnknown(f.name, [`${pointer}/${f.field}`], f.missing);
  }
  return facts;
}
