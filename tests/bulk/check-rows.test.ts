import { describe, expect, it } from 'vitest';
import { checkRows, type DraftChecker } from '../../src/bulk/check-rows';
import { parseCasesCsv } from '../../src/bulk/parse-cases-csv';
import { DraftCheckService } from '../../src/services/draft-check-service';
import { csv, parseContext } from './bulk-fixtures';
import { shippedPack } from '../support/shipped-pack';

const AS_OF = '2026-11-24T10:00:00+09:00';
const HEADER =
  '氏名,申請の種類,在留期間満了日,提出者の区分,申請方法,申請先の地方局,受領方法,現在の在留資格';
const row = (name: string, expires: string) =>
  `${name},更新,${expires},所属機関の職員,オンライン,東京,郵送,技術・人文知識・国際業務`;

function rows(count: number) {
  const lines = Array.from({ length: count }, (_, i) => row(`EMP ${i}`, '2027-01-15'));
  return parseCasesCsv(csv(HEADER, ...lines, 'BAD,更新,2027-02-30'), parseContext()).rows;
}

describe('checkRows', () => {
  const service = new DraftCheckService(shippedPack());

  it('checks valid rows, lists invalid ones and reports progress by chunk', async () => {
    const progress: [number, number][] = [];
    let pauses = 0;
    const run = await checkRows(rows(25), service, {
      asOfInstant: AS_OF,
      lang: 'ja',
      chunkSize: 10,
      now: () => 0,
      onProgress: (done, total) => progress.push([done, total]),
      pause: async () => void (pauses += 1),
    });
    expect(run.cancelled).toBe(false);
    expect(run.results).toHaveLength(26);
    expect(progress).toEqual([
      [0, 25],
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
    expect(pauses).toBe(2);
    const first = run.results[0]!;
    expect(first).toMatchObject({
      row: 2,
      name: 'EMP 0',
      procedure: 'extension',
      status: 'checked',
    });
    expect(first.verdict).not.toBeNull();
    expect(first.window?.closes).toMatch(/^2027-01-1\d$/);
    expect(run.results[25]).toMatchObject({
      row: 27,
      status: 'invalid',
      verdict: null,
      errorCount: 1,
    });
  });

  it('stops within one chunk when cancelled', async () => {
    const controller = new AbortController();
    const run = await checkRows(rows(30), service, {
      asOfInstant: AS_OF,
      lang: 'en',
      chunkSize: 5,
      now: () => 0,
      signal: controller.signal,
      onProgress: (done) => done >= 10 && controller.abort(),
      pause: async () => {},
    });
    expect(run.cancelled).toBe(true);
    expect(run.results).toHaveLength(10);
  });

  it('marks a row whose check throws as failed and goes on', async () => {
    let calls = 0;
    const flaky: DraftChecker = {
      check: async (draft, asOf, lang) => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return service.check(draft, asOf, lang);
      },
    };
    const run = await checkRows(rows(2), flaky, { asOfInstant: AS_OF, lang: 'en' });
    expect(run.results.map((r) => r.status)).toEqual(['failed', 'checked', 'invalid']);
  });
});
