import type { Mismatch } from '../cases/compare-report';
import type { ReservationExpectation } from './reservation-case';
import type { ReservationReply } from './reservation-reply';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (xs: readonly string[]) => [...xs].sort();

/** What a reply gets wrong against a reservation case's expectation; empty when it passes. */
export function compareReply(reply: ReservationReply, expect: ReservationExpectation): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (field: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && !same(expected, actual)) out.push({ field, expected, actual });
  };
  check('allowed', expect.allowed, reply.allowed);
  check('bookableDays', expect.bookableDays, reply.bookableDays);
  const ids = reply.findings.map((f) => f.id);
  const missing = (expect.findings ?? []).filter((id) => !ids.includes(id));
  if (missing.length) out.push({ field: 'findings', expected: missing, actual: ids });
  const unwanted = (expect.absentFindings ?? []).filter((id) => ids.includes(id));
  if (unwanted.length) out.push({ field: 'absentFindings', expected: [], actual: unwanted });
  if (expect.needs) check('needs', sorted(expect.needs), sorted(reply.needs));
  for (const key of ['book', 'change', 'cancel'] as const) {
    check(`deadlines.${key}`, expect.deadlines?.[key], reply.deadlines[key]);
  }
  for (const key of ['held', 'remaining', 'freesAt'] as const) {
    check(`quota.${key}`, expect.quota?.[key], reply.quota[key]);
  }
  const offered = reply.slots.map((s) => `${s.date}T${s.time}`);
  check('slots.count', expect.slots?.count, offered.length);
  const absent = (expect.slots?.includes ?? []).filter((k) => !offered.includes(k));
  if (absent.length) out.push({ field: 'slots.includes', expected: absent, actual: offered });
  const extra = (expect.slots?.excludes ?? []).filter((k) => offered.includes(k));
  if (extra.length) out.push({ field: 'slots.excludes', expected: [], actual: extra });
  return out;
}
