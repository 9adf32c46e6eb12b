import { describe, expect, it } from 'vitest';
import { termIndex } from '../../../src/domain/model/vocabulary';
import { conditionLine } from '../../../src/ui/report/condition-text';
import { SHIPPED_VOCABULARY } from '../../../src/ui/editor/field-options';

const terms = termIndex(SHIPPED_VOCABULARY);

describe('conditionLine', () => {
  it('names vocabulary ids and the operator', () => {
    const line = conditionLine(
      {
        fact: 'procedure',
        label: 'Procedure',
        operator: 'equal',
        expected: 'extension',
        actual: 'coe',
        outcome: false,
      },
      'en',
      terms,
    );
    expect(line).toEqual({
      label: 'Procedure',
      actual: 'Certificate of Eligibility',
      operator: 'equals',
      expected: 'Extension of Period of Stay',
      outcome: 'failed',
    });
  });

  it('shows a dated parameter by its value and an unknown outcome', () => {
    const line = conditionLine(
      {
        fact: 'periodOfStay',
        label: '在留期間',
        operator: 'durationExceeds',
        expected: { name: 'online.self_filing_min_period', since: '2024-01-01', value: 'P3M' },
        actual: undefined,
        outcome: 'unknown',
      },
      'ja',
      terms,
    );
    expect(line.expected).toBe('3か月');
    expect(line.actual).toBe('（未入力）');
    expect(line.outcome).toBe('unknown');
  });
});
