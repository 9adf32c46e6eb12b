import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../src/domain/calendar-export/ics';
import type { Draft } from '../../../src/domain/model/draft';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { language } from '../../../src/ui/i18n/language.svelte';
import { windowCalendarEntries } from '../../../src/ui/report/window-calendar';
import { shippedPack } from '../../support/shipped-pack';

const DRAFT: Draft = {
  filer: { category: 'applicant' },
  applicant: {
    name: 'TRAN THI B',
    nationality: 'VNM',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
};
const STAMP = Temporal.Instant.from('2026-11-24T01:00:00Z');

async function reportWith(unofficial?: string) {
  const service = new DraftCheckService(shippedPack(), unofficial ? { unofficial } : {});
  const outcome = await service.check(DRAFT, '2026-11-24T10:00:00+09:00', 'en');
  if (outcome.kind !== 'report') throw new Error('the draft should be valid');
  return outcome.report;
}

describe('the filing window as calendar entries', () => {
  it('gives the first and last day with the case name and the rules that set them', async () => {
    language.set('en');
    const report = await reportWith();
    const entries = windowCalendarEntries(report, 'Tran');
    expect(entries.map((e) => e.start)).toEqual([report.window.opens, report.window.closes]);
    expect(entries[0]!.summary).toContain('Tran');
    expect(entries[0]!.description).toContain(report.rulePack.version);
    expect(entries[0]!.description).not.toMatch(/unofficial/i);
    expect(new Set(entries.map((e) => e.uid)).size).toBe(2);
  });

  it('carries the unofficial-rules line on every entry when such rules gave the dates', async () => {
    language.set('ja');
    const report = await reportWith('acme-rules 9.9 abcdef');
    const ics = toIcs(windowCalendarEntries(report, undefined), STAMP);
    const descriptions = ics.replace(/\r\n /g, '').match(/^DESCRIPTION:.*$/gm) ?? [];
    expect(descriptions).toHaveLength(2);
    for (const d of descriptions) expect(d).toContain('acme-rules 9.9 abcdef');
  });
});
