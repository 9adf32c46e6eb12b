import { describe, expect, it } from 'vitest';
import { ReservationPlanner } from '../../../src/domain/reservation/reservation-planner';
import type { ReservationRequest } from '../../../src/domain/reservation/reservation-request';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedPack } from '../../support/shipped-pack';

const planner = new ReservationPlanner(shippedPack());
const agent = { category: 'scrivener', credential: { kind: 'notified_certificate' } };
const osakaCase = {
  procedure: 'extension',
  channel: 'counter' as const,
  examinationFinished: true,
  issuanceCounter: '2F-A',
};

describe('ReservationPlanner', () => {
  it('lists slots with the deadlines of their day and the booker remaining cases', async () => {
    const req: ReservationRequest = {
      system: 'tokyo_application',
      action: 'availability',
      filer: agent,
      existing: [{ id: 'a', date: '2020-12-15', time: '09:00', cases: [{ procedure: 'coe' }] }],
      availability: [{ date: '2020-12-15', time: '09:00', remaining: 12 }],
    };
    const reply = await planner.plan(req, parseInstant('2020-12-10T10:00:00+09:00'), 'en');
    const slot = reply.slots.find((s) => s.date === '2020-12-15' && s.time === '09:00')!;
    expect(slot).toMatchObject({ ends: '09:30', remaining: 12, casesAvailable: 19 });
    expect(slot.deadlines.book).toBe('2020-12-14T11:59+09:00');
    expect(reply.slots.find((s) => s.date === '2020-12-15' && s.time === '10:00')).toMatchObject({
      remaining: null,
      casesAvailable: 20,
      withinQuota: true,
    });
  });

  it('gives every finding a citation, a confidence and an explanation with labels', async () => {
    const req: ReservationRequest = {
      system: 'osaka_issuance',
      action: 'book',
      filer: { category: 'school_staff', credential: { kind: 'agent_certificate' } },
      booking: { date: '2026-11-26', time: '10:00', cases: [osakaCase] },
    };
    const reply = await planner.plan(req, parseInstant('2026-11-24T10:00:00+09:00'), 'en');
    expect(reply.allowed).toBe(false);
    const finding = reply.findings.find((f) => f.id === 'osaka_issuance.school_agent_excluded')!;
    expect(finding.source.document).toBe('osaka-issuance-reservation');
    expect(finding.source.title.en).toContain('Osaka');
    expect(finding.confidence).toBe('interpretation');
    expect(finding.note).toBeTruthy();
    expect(finding.explanation.text).toContain('held');
    expect(reply.findings[0]!.severity).toBe('block');
  });

  it('names a missing case field instead of passing or blocking silently', async () => {
    const req: ReservationRequest = {
      system: 'osaka_issuance',
      action: 'book',
      filer: agent,
      booking: {
        date: '2026-11-26',
        time: '10:00',
        cases: [{ ...osakaCase, examinationFinished: undefined }],
      },
    };
    const reply = await planner.plan(req, parseInstant('2026-11-24T10:00:00+09:00'), 'ja');
    expect(reply.allowed).toBe(false);
    expect(reply.needs).toEqual(['/booking/cases/0/examinationFinished']);
    const f = reply.findings.find((x) => x.outcome === 'needs_input')!;
    expect(f).toMatchObject({ id: 'osaka_issuance.examination_not_finished', case: 0 });
    // People read the field's name; the pointer stays in reply.needs for programs.
    expect(f.message).toContain('1件目の審査の終了');
    expect(f.message).not.toContain('/booking');
    expect(f.explanation.text).toContain('審査の終了');
  });

  it('fills placeholders with reservation facts in Japanese', async () => {
    const req: ReservationRequest = {
      system: 'tokyo_application',
      action: 'book',
      filer: agent,
      booking: { date: '2020-12-15', time: '09:00', cases: [{ procedure: 'extension' }] },
    };
    const reply = await planner.plan(req, parseInstant('2020-12-14T12:00:00+09:00'), 'ja');
    const f = reply.findings.find((x) => x.id === 'tokyo_reservation.book_deadline_passed')!;
    expect(f.message).toContain('2020-12-14 11:59');
    expect(f.message).not.toContain('{');
  });

  it('for a change reports the new day booking deadline and the old day change deadline', async () => {
    const req: ReservationRequest = {
      system: 'tokyo_application',
      action: 'change',
      filer: agent,
      existing: [{ id: 'r', date: '2020-12-15', time: '09:00', cases: [{ procedure: 'coe' }] }],
      booking: { date: '2020-12-17', time: '10:00', cases: [{ procedure: 'coe' }] },
      target: 'r',
    };
    const reply = await planner.plan(req, parseInstant('2020-12-11T10:00:00+09:00'), 'en');
    expect(reply.deadlines).toEqual({
      book: '2020-12-16T11:59+09:00',
      change: '2020-12-13T18:00+09:00',
      cancel: '2020-12-13T18:00+09:00',
    });
    expect(reply.allowed).toBe(true);
  });

  it('refuses everything before a system has dated values', async () => {
    const req: ReservationRequest = {
      system: 'osaka_issuance',
      action: 'availability',
      filer: agent,
    };
    const reply = await planner.plan(req, parseInstant('2022-06-01T10:00:00+09:00'));
    expect(reply.allowed).toBe(false);
    expect(reply.findings.map((f) => f.id)).toEqual(['reservation.not_in_force']);
  });
});
