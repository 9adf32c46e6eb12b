import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../src/bulk/csv-columns';
import { INPUT_FACTS } from '../../../src/domain/facts/input-facts';
import { DRAFT_FIELDS } from '../../../src/domain/fields/draft-fields';
import { FACT_VOCABULARY } from '../../../src/domain/model/vocabulary';
import { QUESTION_FIELDS } from '../../../src/domain/questions/select-questions';
import { shippedPack } from '../../support/shipped-pack';

/** The draft schema's node at a pointer, or undefined when the schema has no such field. */
function schemaAt(pointer: string): unknown {
  let node = shippedPack().schemas['draft.schema.json'] as { properties?: Record<string, unknown> };
  for (const key of pointer.split('/').slice(1)) {
    node = node?.properties?.[key] as typeof node;
  }
  return node;
}

describe('one declaration per draft field', () => {
  it('names a field of draft.schema.json, labelled in both languages', () => {
    for (const f of DRAFT_FIELDS) {
      expect(schemaAt(f.pointer), f.pointer).toBeDefined();
      expect(f.label.ja && f.label.en, f.pointer).toBeTruthy();
      if (f.list) expect(shippedPack().vocabulary[f.list], f.pointer).toBeDefined();
    }
  });

  it('gives the fact catalogue, the questions, the vocabulary map and the CSV layout', () => {
    const facts = DRAFT_FIELDS.filter((f) => f.fact);
    expect(INPUT_FACTS.map((f) => [f.name, f.pointer, f.label])).toEqual(
      facts.map((f) => [f.fact, f.pointer, f.label]),
    );
    expect(QUESTION_FIELDS.map((q) => q.pointer)).toEqual(DRAFT_FIELDS.map((f) => f.pointer));
    for (const f of facts.filter((x) => x.list)) expect(FACT_VOCABULARY[f.fact!]).toBe(f.list);
    // Every declared column is in the template, once, at the pointer of its field.
    const columns = CSV_COLUMNS.filter((c) => c.path !== null);
    expect(columns.map((c) => c.key).sort()).toEqual(DRAFT_FIELDS.map((f) => f.csv.key).sort());
    for (const c of columns) {
      const field = DRAFT_FIELDS.find((f) => f.csv.key === c.key)!;
      expect('/' + c.path!.join('/')).toBe(field.pointer);
    }
  });

  it('reads a value where its pointer says and applies the missing-answer policy', () => {
    const draft = { filer: { credential: { number: '123' } }, flags: {} };
    const number = INPUT_FACTS.find((f) => f.name === 'credentialNumber')!;
    expect(number.read(draft)).toBe('123');
    expect(INPUT_FACTS.find((f) => f.name === 'credentialKind')!.read(draft)).toBeUndefined();
    const flag = INPUT_FACTS.find((f) => f.name === 'newKanjiNameRequest')!;
    expect([flag.missing, flag.fallback]).toEqual(['default', false]);
  });
});
