import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/bulk/csv-columns';
import { shippedPack } from '../support/shipped-pack';

const doc = readFileSync(new URL('../../docs/csv-format.md', import.meta.url), 'utf8');

describe('docs/csv-format.md', () => {
  it('documents every column in both languages', () => {
    for (const column of CSV_COLUMNS) {
      expect(doc, column.key).toContain(`\`${column.key}\``);
      expect(doc, column.key).toMatch(new RegExp(`^\\| ${column.ja} +\\|`, 'm'));
    }
  });

  it('lists every vocabulary id a cell may hold', () => {
    const { vocabulary } = shippedPack();
    for (const list of [
      'procedures',
      'filers',
      'credentials',
      'statuses',
      'bureaus',
      'receiptMethods',
    ] as const) {
      for (const term of vocabulary[list]) expect(doc, term.id).toContain(`| \`${term.id}\``);
    }
  });
});
