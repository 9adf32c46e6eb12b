import type { SchemaValidator } from '../domain/loading/schema-validator';
import type {
  ProposedBooking,
  ReservationFiler,
  ReservationSystemId,
} from '../domain/reservation/reservation-request';
import type { WriteKind } from '../sync/types';

/** A write body after its shape was checked (the planner's schema checks the fields). */
export interface WriteBody {
  system: ReservationSystemId;
  filer: ReservationFiler;
  filerKey: string;
  booking?: ProposedBooking;
  cancelCases?: number[];
}

export type FieldError = { pointer: string; message: string };

const ALLOWED: Record<WriteKind, string[]> = {
  book: ['system', 'filer', 'filerKey', 'booking'],
  change: ['system', 'filer', 'filerKey', 'booking'],
  cancel: ['system', 'filer', 'filerKey', 'cancelCases'],
};

/**
 * Checks a write body independently of any client check: only the fields of its kind, the
 * reservation-request schema for the rest (same pointers: /booking/date, /filer/category...),
 * and a filer key, which is the credential number or, without one, `filerKey`.
 */
export function parseWriteBody(
  validator: SchemaValidator,
  kind: WriteKind,
  input: unknown,
  target?: string,
): { body: WriteBody } | { errors: FieldError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { errors: [{ pointer: '', message: 'the body must be a JSON object' }] };
  }
  const raw = input as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(raw)
    .filter((k) => !ALLOWED[kind].includes(k))
    .map((k) => ({ pointer: `/${k}`, message: `unknown field "${k}" for a ${kind} request` }));
  const { filerKey, ...rest } = raw;
  const probe = { ...rest, action: kind, ...(target ? { target } : {}) };
  for (const e of validator.validate('reservation-request.schema.json', probe, 'body')) {
    errors.push({ pointer: e.pointer, message: e.message });
  }
  if (filerKey !== undefined && (typeof filerKey !== 'string' || filerKey.trim() === '')) {
    errors.push({ pointer: '/filerKey', message: 'must be a non-empty string' });
  }
  if (errors.length > 0) return { errors };
  const filer = raw.filer as ReservationFiler;
  // Surrounding spaces typed into a form do not make another filer.
  const number = filer.credential?.number?.trim();
  const given = typeof filerKey === 'string' ? filerKey.trim() : undefined;
  if (number && given !== undefined && given !== number) {
    errors.push({ pointer: '/filerKey', message: 'must equal /filer/credential/number' });
  }
  const key = number || given;
  if (!key) {
    errors.push({
      pointer: '/filerKey',
      message:
        'required without /filer/credential/number: it identifies whose reservations these are',
    });
  }
  if (errors.length > 0) return { errors };
  return { body: { ...(rest as Omit<WriteBody, 'filerKey'>), filerKey: key! } };
}
