import { describe, expect, it } from 'vitest';
import { FactTable } from '../../../src/domain/facts/fact-table';
import { outcomeOf, type EvaluatedNode } from '../../../src/domain/evaluation/three-valued';

const facts = new FactTable();
facts.set('known', 'x');
facts.markUnknown('missing', ['/missing']);
const yes: EvaluatedNode = { fact: 'known', operator: 'equal', value: 'x', result: true };
const no: EvaluatedNode = { fact: 'known', operator: 'equal', value: 'y', result: false };
// json-rules-engine says true for notIn on an undefined fact; the core must not believe it.
const unknown: EvaluatedNode = { fact: 'missing', operator: 'notIn', value: ['a'], result: true };

describe('three-valued outcome', () => {
  it('follows Kleene logic for all, any and not', () => {
    expect(outcomeOf({ all: [yes, unknown] }, facts)).toBe('unknown');
    expect(outcomeOf({ all: [no, unknown] }, facts)).toBe(false);
    expect(outcomeOf({ any: [yes, unknown] }, facts)).toBe(true);
    expect(outcomeOf({ any: [no, unknown] }, facts)).toBe('unknown');
    expect(outcomeOf({ not: unknown }, facts)).toBe('unknown');
    expect(outcomeOf({ not: no }, facts)).toBe(true);
  });

  it('treats a comparison with an unknown fact reference as unknown', () => {
    const ref: EvaluatedNode = {
      fact: 'known',
      operator: 'in',
      value: { fact: 'missing' },
      result: false,
    };
    expect(outcomeOf(ref, facts)).toBe('unknown');
  });
});
