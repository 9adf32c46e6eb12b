import { describe, expect, it } from 'vitest';
import { pageBulkRunner } from '../../src/bulk/bulk-runner';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { WorkerBulkRunner } from '../../src/services/bulk-worker-runner';
import { DraftCheckService } from '../../src/services/draft-check-service';
import { nodeCheckWorker } from '../support/node-worker-like';
import { shippedPack } from '../support/shipped-pack';
import { csv, parseContext } from '../bulk/bulk-fixtures';

const files = readRuleFiles(PROJECT_ROOT);
const AS_OF = '2026-11-24T10:00:00+09:00';
const HEADER = '氏名,申請の種類,在留期間満了日,提出者の区分,申請方法,申請先の地方局,現在の在留資格';
const row = (i: number) =>
  i % 4 === 3
    ? `BAD ${i},更新,2027-02-30,所属機関の職員,オンライン,東京,技術・人文知識・国際業務`
    : `EMP ${i},更新,2027-0${1 + (i % 6)}-15,所属機関の職員,オンライン,東京,技術・人文知識・国際業務`;
const bytes = (n: number) =>
  new TextEncoder().encode(csv(HEADER, ...Array.from({ length: n }, (_, i) => row(i))));

describe('CSV rows read and checked in the check worker', () => {
  it('gives the page its own results, batch by batch, with the mark of unofficial rules', async () => {
    const service = new DraftCheckService(shippedPack(), { unofficial: 'test 1 abc' });
    const page = pageBulkRunner(service, parseContext());
    const runner = new WorkerBulkRunner(page, {
      files,
      schemas: service.pack.schemas,
      unofficial: 'test 1 abc',
      createWorker: nodeCheckWorker,
      batchSize: 4,
    });
    try {
      const parsed = await runner.parse(bytes(10));
      const expected = await page.parse(bytes(10));
      expect(parsed).toEqual(expected);
      expect(parsed.rows.filter((r) => r.draft === null).map((r) => r.row)).toEqual([5, 9]);
      const progress: number[] = [];
      const run = await runner.check(parsed.rows, {
        asOfInstant: AS_OF,
        lang: 'ja',
        onProgress: (done) => progress.push(done),
      });
      const onPage = await page.check(expected.rows, { asOfInstant: AS_OF, lang: 'ja' });
      expect(run.cancelled).toBe(false);
      expect(run.results).toEqual(onPage.results);
      expect(run.results.map((r) => r.status)).toContain('checked');
      expect(run.results.find((r) => r.status === 'checked')?.rules?.unofficial).toBe('test 1 abc');
      // Three batches of four rows; rows with input errors are not counted as checked.
      expect(progress).toEqual([0, 3, 6, 8]);

      const controller = new AbortController();
      const cancelled = await runner.check(parsed.rows, {
        asOfInstant: AS_OF,
        lang: 'ja',
        signal: controller.signal,
        onProgress: (done) => done > 0 && controller.abort(),
      });
      expect(cancelled.cancelled).toBe(true);
      expect(cancelled.results.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    } finally {
      runner.dispose();
    }
  }, 60_000);

  it('reads and checks on the page when the worker cannot start', async () => {
    const service = new DraftCheckService(shippedPack());
    const page = pageBulkRunner(service, parseContext());
    const runner = new WorkerBulkRunner(page, {
      files,
      schemas: service.pack.schemas,
      createWorker: () => {
        throw new Error('no workers here');
      },
    });
    const parsed = await runner.parse(bytes(5));
    expect(parsed.rows).toHaveLength(5);
    const run = await runner.check(parsed.rows, { asOfInstant: AS_OF, lang: 'en' });
    expect(run.results.map((r) => r.status)).toEqual([
      'checked',
      'checked',
      'checked',
      'invalid',
      'checked',
    ]);
  });
});
