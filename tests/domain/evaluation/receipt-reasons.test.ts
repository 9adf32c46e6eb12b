import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedChecker } from '../../support/shipped-pack';

const draft = (over: Partial<Draft> = {}): Draft => ({
  filer: { category: 'org_staff' },
  applicant: {
    name: 'NGUYEN VAN AN',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-29',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
  ...over,
});
const check = (d: Draft, lang: 'ja' | 'en' = 'en') =>
  shippedChecker().check(d, { asOf: parseInstant('2026-11-24T10:00:00+09:00'), lang });

describe('receipt method refused with its reason', () => {
  it('names the exception that removes mail, in both languages', async () => {
    const d = draft({ withProcedures: ['reentry'], reentryKind: 'single', receiptMethod: 'mail' });
    const en = (await check(d, 'en')).findings.find((f) => f.id === 'receipt.method_not_allowed');
    const ja = (await check(d, 'ja')).findings.find((f) => f.id === 'receipt.method_not_allowed');
    expect(en?.message).toContain('Re-entry filed together: no mail receipt');
    expect(en?.message).toContain('At the counter');
    expect(ja?.message).toContain('再入国許可を同時申請（郵送受領不可）');
  });

  it('names two reasons when two exceptions remove the chosen method', async () => {
    const d = draft({
      withProcedures: ['reentry'],
      reentryKind: 'single',
      receiptMethod: 'mail',
      flags: { newKanjiNameRequest: true },
    });
    const f = (await check(d)).findings.find((x) => x.id === 'receipt.method_not_allowed');
    expect(f?.message).toMatch(
      /Re-entry filed together.*New kanji name request|New kanji.*Re-entry/,
    );
  });

  it('a method the procedure never offers is "not offered", with the list', async () => {
    const report = await check(draft({ receiptMethod: 'email' }));
    const ids = report.findings.map((f) => f.id);
    expect(ids).toContain('receipt.method_not_offered');
    expect(ids).not.toContain('receipt.method_not_allowed');
  });

  it('hints that help only once filed are left out of a report that cannot be filed', async () => {
    const fileable = await check(draft({ receiptMethod: 'counter' }));
    expect(fileable.findings.map((f) => f.id)).toContain('receipt.change_possible');
    const blocked = await check(
      draft({
        receiptMethod: 'counter',
        channel: 'online',
        applicant: { status: 'temporary_visitor', periodOfStay: 'P90D', stayExpires: '2027-01-29' },
      }),
    );
    expect(blocked.verdict).toBe('not_fileable');
    expect(blocked.findings.map((f) => f.id)).not.toContain('receipt.change_possible');
  });
});
