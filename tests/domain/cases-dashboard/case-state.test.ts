import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  caseState,
  invalidCaseState,
  type CaseStateKind,
} from '../../../src/domain/cases-dashboard/case-state';
import type { Finding, Report } from '../../../src/domain/model/report';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedChecker } from '../../support/shipped-pack';

const TODAY = Temporal.PlainDate.from('2026-11-23');

function report(partial: Partial<Report>): Report {
  return {
    verdict: 'fileable',
    window: { opens: null, closes: null, isOpen: null },
    receiptMethods: [],
    feeYen: null,
    findings: [],
    needs: [],
    checklist: [],
    asOf: '2026-11-23T10:00:00+09:00',
    rulePack: { version: 'test', rules: 0 },
    ...partial,
  };
}

const block = { id: 'x.block', severity: 'block' } as Finding;
const window = (opens: string, closes: string) => ({ opens, closes, isOpen: null });

describe('caseState', () => {
  const cases: [string, Partial<Report>, CaseStateKind][] = [
    ['no window, fileable', {}, 'fileable'],
    ['window closes beyond 14 days', { window: window('2026-10-01', '2026-12-08') }, 'fileable'],
    ['closes in exactly 14 days', { window: window('2026-10-01', '2026-12-07') }, 'closes_soon'],
    ['closes today', { window: window('2026-10-01', '2026-11-23') }, 'closes_soon'],
    ['closed yesterday', { window: window('2026-08-23', '2026-11-22') }, 'too_late'],
    [
      'too late wins over needs input',
      { verdict: 'needs_input', window: window('2026-08-01', '2026-11-01') },
      'too_late',
    ],
    [
      'opens tomorrow',
      { verdict: 'not_fileable', window: window('2026-11-24', '2027-02-23') },
      'not_yet_open',
    ],
    ['opens today', { window: window('2026-11-23', '2027-02-22') }, 'fileable'],
    [
      'needs input',
      {
        verdict: 'needs_input',
        needs: [{ field: '/procedure', label: '', for: 'verdict', rules: [] }],
      },
      'needs_input',
    ],
    ['blocked', { verdict: 'not_fileable', findings: [block] }, 'blocked'],
  ];
  it.each(cases)('%s', (_name, partial, kind) => {
    expect(caseState(report(partial), TODAY).kind).toBe(kind);
  });

  it('counts days to open and close, needs and blocking findings', () => {
    const state = caseState(
      report({
        verdict: 'not_fileable',
        window: window('2026-12-01', '2027-02-28'),
        findings: [block, block],
      }),
      TODAY,
    );
    expect(state).toMatchObject({ daysToOpen: 8, daysToClose: 97, blocks: 2, needs: 0 });
  });

  it('counts across a leap day and the year end', () => {
    const state = caseState(
      report({ window: window('2027-12-01', '2028-03-01') }),
      Temporal.PlainDate.from('2027-12-31'),
    );
    expect(state.daysToClose).toBe(61);
  });

  it('takes the soon threshold as an option', () => {
    const r = report({ window: window('2026-10-01', '2026-12-23') });
    expect(caseState(r, TODAY).kind).toBe('fileable');
    expect(caseState(r, TODAY, { soonDays: 30 }).kind).toBe('closes_soon');
  });

  it('marks a malformed draft as invalid with its error count', () => {
    expect(invalidCaseState(3)).toMatchObject({ kind: 'invalid', needs: 3, closes: null });
  });
});

describe('caseState on reports from the shipped rules', () => {
  const asOf = parseInstant('2026-11-23T10:00:00+09:00');
  const check = (stayExpires: string) =>
    shippedChecker().check(
      { procedure: 'extension', channel: 'online', applicant: { status: 'student', stayExpires } },
      { asOf, lang: 'en' },
    );

  it('an expiry far ahead is not yet open, with the day it opens', async () => {
    const state = caseState(await check('2027-06-01'), asOf.toPlainDate());
    expect(state.kind).toBe('not_yet_open');
    expect(state.opens).toBe('2027-03-01');
  });

  it('an expiry in 17 days needs input, with the deadline still counted', async () => {
    const state = caseState(await check('2026-12-10'), asOf.toPlainDate());
    expect(state.kind).toBe('needs_input');
    expect(state.daysToClose).toBeGreaterThan(0);
    expect(state.needs).toBeGreaterThan(0);
  });

  it('an expiry already passed is too late', async () => {
    expect(caseState(await check('2026-11-01'), asOf.toPlainDate()).kind).toBe('too_late');
  });

  it('a missing or invalid expiry leaves the deadline unknown, not absent', async () => {
    const missing = await shippedChecker().check(
      { procedure: 'extension', channel: 'online', applicant: { status: 'student' } },
      { asOf, lang: 'en' },
    );
    expect(caseState(missing, asOf.toPlainDate())).toMatchObject({
      closes: null,
      deadlineUnknown: true,
    });
    expect(caseState(await check('2027-06-01'), asOf.toPlainDate()).deadlineUnknown).toBe(
      undefined,
    );
    expect(invalidCaseState(1).deadlineUnknown).toBe(true);
  });

  it('a status without a period of stay has no deadline, which is known', async () => {
    const permanent = await shippedChecker().check(
      {
        procedure: 'reentry',
        channel: 'counter',
        applicant: { status: 'permanent_resident' },
      },
      { asOf, lang: 'en' },
    );
    const state = caseState(permanent, asOf.toPlainDate());
    expect(state.closes).toBe(null);
    expect(state.deadlineUnknown).toBe(undefined);
  });
});
