import { describe, expect, it } from 'vitest';
import type { DraftChecker } from '../../../src/bulk/check-rows';
import { SchemaValidator } from '../../../src/domain/loading/schema-validator';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { BulkImportModel } from '../../../src/ui/bulk/bulk-import-model.svelte';

const service = new DraftCheckService();
const context = {
  vocabulary: service.pack.vocabulary,
  validator: new SchemaValidator(service.pack.schemas),
};
const AS_OF = '2026-11-24T09:00:00+09:00';
const bytes = (count: number) =>
  new TextEncoder().encode(
    ['氏名,申請の種類', ...Array.from({ length: count }, (_, i) => `E${i},extension`)].join('\n'),
  );

describe('BulkImportModel', () => {
  it('can be cancelled while checking and keeps what was checked', async () => {
    const model = new BulkImportModel(
      {
        check: async (draft, asOf, lang) => {
          // The user cancels while the 13th draft is being checked (second chunk).
          if ((draft as { applicant: { name: string } }).applicant.name === 'E12') model.cancel();
          return service.check(draft, asOf, lang);
        },
      } satisfies DraftChecker,
      context,
    );
    await model.load('big.csv', bytes(100), AS_OF, 'ja');
    expect(model.phase).toBe('cancelled');
    expect(model.results.length).toBeGreaterThanOrEqual(13);
    expect(model.results.length).toBeLessThan(30);
    expect(model.progress.total).toBe(100);
  });

  it('replaces the results when a second file is loaded', async () => {
    const model = new BulkImportModel(service, context);
    await model.load('a.csv', bytes(3), AS_OF, 'en');
    await model.load('b.csv', bytes(5), AS_OF, 'en');
    expect(model.fileName).toBe('b.csv');
    expect(model.results.map((r) => r.name)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4']);
    expect(model.phase).toBe('done');
  });

  it('reports an unreadable file as a file error and checks nothing', async () => {
    const model = new BulkImportModel(service, context);
    await model.load('x.csv', new Uint8Array([0x80, 0xff, 0xfe, 0x00, 0x81]), AS_OF, 'en');
    expect(model.parsed?.fileErrors[0]?.problem.en).toContain('neither UTF-8 nor Shift_JIS');
    expect(model.phase).toBe('idle');
  });
});
