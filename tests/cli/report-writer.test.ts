import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ReportWriter, type OutputFormat } from '../../src/cli/report-writer';
import type { Finding, Report } from '../../src/domain/model/report';

const finding = (id: string, message: string): Finding =>
  Object.freeze({
    id,
    severity: 'info',
    message,
    source: { document: 'd', section: '1', title: { ja: '題', en: 'T' }, issuer: '', date: '' },
    confidence: 'official',
    explanation: { text: `${message} "quoted" \u0000 <>`, conditions: [] },
  }) as Finding;

const shared = finding('a.shared', '共有される所見');
const report = (i: number): Report => ({
  verdict: i % 2 ? 'fileable' : 'not_fileable',
  window: { opens: null, closes: '2026-12-01', isOpen: true },
  receiptMethods: ['mail'],
  feeYen: i,
  findings: i % 3 ? [shared, finding(`b.${i}`, `所見 ${i}`), shared] : [],
  needs: [],
  checklist: [],
  asOf: '2026-11-24T10:00:00+09:00',
  rulePack: { version: 'v', rules: 3 },
});

async function written(format: OutputFormat, asArray: boolean, reports: Report[]) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const writer = new ReportWriter(out, format, asArray);
  for (const r of reports) await writer.write(r);
  await writer.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('ReportWriter', () => {
  const reports = Array.from({ length: 500 }, (_, i) => report(i));

  it('writes the array JSON.stringify writes, shared findings included', async () => {
    expect(await written('json', true, reports)).toBe(JSON.stringify(reports, null, 2) + '\n');
  });

  it('writes one report as JSON.stringify does', async () => {
    expect(await written('json', false, [reports[1]!])).toBe(
      JSON.stringify(reports[1], null, 2) + '\n',
    );
  });

  it('writes one compact report per line as ndjson', async () => {
    expect(await written('ndjson', true, reports)).toBe(
      reports.map((r) => JSON.stringify(r) + '\n').join(''),
    );
  });
});
