import type { RuleFileError } from '../loading/rule-file-error';
import type { SchemaValidator } from '../loading/schema-validator';
import { isValidIsoDate } from '../time/tokyo-time';
import type { ReservationRequest } from './reservation-request';

/**
 * Checks a request against reservation-request.schema.json, then what a schema cannot:
 * real calendar dates, a target that exists, case indexes inside the target, unique ids.
 * Every error names the field by its JSON pointer.
 */
export function validateReservationRequest(
  validator: SchemaValidator,
  input: unknown,
  file: string,
  base = '',
): RuleFileError[] {
  const errors = validator.validate('reservation-request.schema.json', input, file, base);
  if (errors.length > 0) return errors;
  const req = input as ReservationRequest;
  const err = (pointer: string, message: string) =>
    errors.push({ file, pointer: base + pointer, message });
  const date = (pointer: string, value: string | undefined) => {
    if (value !== undefined && !isValidIsoDate(value)) {
      err(pointer, `"${value}" is not a calendar date: use YYYY-MM-DD with a real day`);
    }
  };
  date('/filer/credential/expires', req.filer.credential?.expires);
  date('/booking/date', req.booking?.date);
  const ids = new Set<string>();
  (req.existing ?? []).forEach((r, i) => {
    date(`/existing/${i}/date`, r.date);
    if (ids.has(r.id)) err(`/existing/${i}/id`, `duplicate reservation id "${r.id}"`);
    ids.add(r.id);
  });
  (req.availability ?? []).forEach((a, i) => date(`/availability/${i}/date`, a.date));
  if (req.target !== undefined) {
    const target = req.existing?.find((r) => r.id === req.target);
    if (!target) err('/target', `no reservation with id "${req.target}" in /existing`);
    (req.cancelCases ?? []).forEach((n, i) => {
      if (target && n >= target.cases.length) {
        err(
          `/cancelCases/${i}`,
          `index ${n} is outside the target's ${target.cases.length} case(s)`,
        );
      }
    });
  }
  if (req.cancelCases !== undefined && req.action !== 'cancel') {
    err('/cancelCases', 'only a cancel request may name cases to cancel');
  }
  return errors;
}
