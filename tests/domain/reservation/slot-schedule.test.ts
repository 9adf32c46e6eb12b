import { describe, expect, it } from 'vitest';
import { ReservationPlanner } from '../../../src/domain/reservation/reservation-planner';
import type { ReservationRequest } from '../../../src/domain/reservation/reservation-request';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedPack } from '../../support/shipped-pack';

const pack = shippedPack();
const at = parseInstant('2026-11-24T10:00:00+09:00');
const osakaCase = {
  procedure: 'extension',
  channel: 'counter' as const,
  examinationFinished: true,
  issuanceCounter: '2F-A',
};
const booking = (time: string): ReservationRequest => ({
  system: 'osaka_issuance',
  action: 'book',
  filer: { category: 'scrivener', credential: { kind: 'notified_certificate' } },
  booking: { date: '2026-11-26', time, cases: [osakaCase] },
});
const ids = (reply: { findings: { id: string }[] }) => reply.findings.map((f) => f.id);

describe('slot schedules: unconfirmed times warn, an operator schedule binds', () => {
  it('without an operator schedule an unlisted or lunch time only warns', async () => {
    const planner = new ReservationPlanner(pack);
    const odd = await planner.plan(booking('09:30'), at, 'en');
    expect(odd.allowed).toBe(true);
    expect(ids(odd)).toContain('osaka_issuance.slot_not_offered_unconfirmed');
    const lunch = await planner.plan(booking('12:00'), at, 'en');
    expect(lunch.allowed).toBe(true);
    expect(ids(lunch)).toContain('osaka_issuance.slot_closed_unconfirmed');
    expect(lunch.slots.some((s) => s.time === '12:00')).toBe(false);
  });

  it("with the operator's times, a time outside them is refused and the lunch hour is open", async () => {
    const times = ['09:30', '10:30', '12:00', '13:30'];
    const planner = new ReservationPlanner(pack, { osaka_issuance: times });
    const outside = await planner.plan(booking('10:00'), at, 'en');
    expect(outside.allowed).toBe(false);
    expect(ids(outside)).toContain('osaka_issuance.slot_not_offered');
    expect(ids(outside)).not.toContain('osaka_issuance.slot_not_offered_unconfirmed');
    expect(
      outside.findings.find((f) => f.id === 'osaka_issuance.slot_not_offered')!.message,
    ).toContain('09:30, 10:30, 12:00, 13:30');

    const noon = await planner.plan(booking('12:00'), at, 'en');
    expect(noon.allowed).toBe(true);
    expect(ids(noon).filter((id) => id.includes('slot_'))).toEqual([]);
    const offered = new Set(noon.slots.filter((s) => s.date === '2026-11-26').map((s) => s.time));
    expect([...offered]).toEqual(times);
  });

  it('a schedule for one system leaves the other on the pack values', async () => {
    const planner = new ReservationPlanner(pack, { tokyo_application: ['09:00', '12:00'] });
    const reply = await planner.plan(booking('09:30'), at, 'en');
    expect(ids(reply)).toContain('osaka_issuance.slot_not_offered_unconfirmed');
    expect(reply.allowed).toBe(true);
  });
});
