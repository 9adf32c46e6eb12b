import { describe, expect, it } from 'vitest';
import { Checker } from '../../../src/domain/evaluation/checker';
import { loadRulePack } from '../../../src/domain/loading/load-rule-pack';
import type { Draft } from '../../../src/domain/model/draft';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { dated, rule, withRuleSet } from '../../support/synthetic-pack';

const online = { fact: 'channel', operator: 'equal', value: 'online' };
const pack = loadRulePack(
  withRuleSet(
    'sample',
    [
      rule('sample.procedure', {
        all: [
          online,
          { fact: 'procedure', operator: 'notIn', value: { fact: 'param.sample.procedures' } },
        ],
      }),
      rule('sample.attachments_too_big', {
        fact: 'largestAttachmentBytes',
        operator: 'greaterThan',
        value: 10,
      }),
      rule(
        'sample.no_mail_with_reentry',
        { fact: 'withProcedures', operator: 'contains', value: 'reentry' },
        { severity: 'info', effects: { excludeReceiptMethods: ['mail'] } },
      ),
      rule('sample.any_branch', {
        all: [
          { fact: 'channel', operator: 'equal', value: 'counter' },
          { fact: 'stayExpires', operator: 'dateBefore', value: '2000-01-01' },
          {
            any: [
              { fact: 'procedure', operator: 'equal', value: 'coe' },
              { fact: 'status', operator: 'in', value: { fact: 'param.sample.procedures' } },
            ],
          },
        ],
      }),
      rule(
        'sample.late_rule',
        { fact: 'channel', operator: 'equal', value: 'online' },
        { severity: 'warn', effective: { from: '2026-01-05', until: null } },
      ),
    ],
    {
      'sample.procedures': dated({
        '2019-01-01': ['extension'],
        '2020-03-24': ['extension', 'coe'],
      }),
      'receipt.methods': dated({ '2019-01-01': { online: { extension: ['mail', 'counter'] } } }),
    },
  ),
);
const checker = new Checker(pack);
const at = (iso: string) => ({ asOf: parseInstant(iso), lang: 'en' as const });

describe('Checker', () => {
  it('asks for the field a block rule depends on instead of passing silently', async () => {
    const report = await checker.check({ channel: 'online' }, at('2026-11-24T10:00:00+09:00'));
    expect(report.verdict).toBe('needs_input');
    expect(report.needs.map((n) => n.field)).toEqual(['/procedure']);
    expect(report.needs[0]?.rules).toEqual(['sample.procedure']);
  });

  it('asks only for answers that could still change an undecided rule', async () => {
    const report = await checker.check(
      { channel: 'counter', procedure: 'coe' },
      at('2026-11-24T10:00:00+09:00'),
    );
    expect(report.needs.map((n) => n.field)).toEqual(['/applicant/stayExpires']);
  });

  it('uses the parameter value in force on the as-of date', async () => {
    const draft: Draft = { channel: 'online', procedure: 'coe' };
    expect((await checker.check(draft, at('2020-03-23T23:59:00+09:00'))).verdict).toBe(
      'not_fileable',
    );
    expect((await checker.check(draft, at('2020-03-24T00:00:00+09:00'))).verdict).toBe('fileable');
  });

  it('skips attachment rules until attachments are given, then applies them', async () => {
    const draft: Draft = { channel: 'online', procedure: 'extension' };
    expect((await checker.check(draft, at('2026-11-24T10:00:00+09:00'))).verdict).toBe('fileable');
    const big = { ...draft, attachments: [{ name: 'a.pdf', bytes: 11 }] };
    const report = await checker.check(big, at('2026-11-24T10:00:00+09:00'));
    expect(report.verdict).toBe('not_fileable');
    expect(report.findings.map((f) => f.id)).toContain('sample.attachments_too_big');
  });

  it('narrows receipt methods only when the effect rule holds', async () => {
    const base: Draft = { channel: 'online', procedure: 'extension' };
    const asOf = at('2026-11-24T10:00:00+09:00');
    expect((await checker.check(base, asOf)).receiptMethods).toEqual(['mail', 'counter']);
    const withReentry = { ...base, withProcedures: ['reentry'] };
    expect((await checker.check(withReentry, asOf)).receiptMethods).toEqual(['counter']);
  });

  it('runs only the rules in force and explains each finding with the values seen', async () => {
    const draft: Draft = { channel: 'online', procedure: 'extension' };
    const before = await checker.check(draft, at('2026-01-04T12:00:00+09:00'));
    const after = await checker.check(draft, at('2026-01-05T12:00:00+09:00'));
    expect(before.findings.map((f) => f.id)).not.toContain('sample.late_rule');
    const late = after.findings.find((f) => f.id === 'sample.late_rule');
    expect(late?.explanation.conditions[0]).toMatchObject({
      fact: 'channel',
      actual: 'online',
      outcome: true,
    });
    expect(late?.source.title.en).toContain('Dated facts');
  });
});
