import { describe, expect, it } from 'vitest';
import type { ReservationFinding } from '../../src/domain/reservation/reservation-reply';
import { reasonOf, rejectionReason } from '../../src/server/rejection-reason';

const f = (id: string, outcome: 'held' | 'needs_input' = 'held', severity = 'block') =>
  ({ id, outcome, severity }) as ReservationFinding;

describe('rejection reasons', () => {
  it('maps rule ids of both systems to reasons', () => {
    expect(reasonOf(f('tokyo_reservation.slot_quota_exceeded'))).toBe('quota');
    expect(reasonOf(f('osaka_issuance.cases_per_slot_exceeded'))).toBe('quota');
    expect(reasonOf(f('osaka_issuance.change_adds_cases'))).toBe('quota');
    expect(reasonOf(f('osaka_issuance.capacity_exceeded'))).toBe('capacity');
    expect(reasonOf(f('tokyo_reservation.cancel_deadline_passed'))).toBe('deadline');
    expect(reasonOf(f('osaka_issuance.day_not_yet_bookable'))).toBe('deadline');
    expect(reasonOf(f('tokyo_reservation.credential_required'))).toBe('ineligible');
    expect(reasonOf(f('tokyo_reservation.credential_required', 'needs_input'))).toBe('invalid');
  });

  it('reports the most fundamental reason; a missing answer only when nothing else blocks', () => {
    const quota = f('tokyo_reservation.slot_quota_exceeded');
    const late = f('tokyo_reservation.book_deadline_passed');
    const who = f('tokyo_reservation.credential_required', 'needs_input');
    expect(rejectionReason([quota, late, who])).toBe('deadline');
    expect(rejectionReason([who, quota])).toBe('quota');
    expect(rejectionReason([who])).toBe('invalid');
    expect(rejectionReason([f('x.launch_schedule', 'held', 'info'), f('x.slot_closed')])).toBe(
      'ineligible',
    );
  });
});
