import { describe, expect, it } from 'vitest';
import { acceptActual } from '../../src/workbench/fix-case';

describe('accepting the actual result as a case expectation', () => {
  it('replaces values and drops set entries that no longer hold', () => {
    const expectation = {
      verdict: 'fileable',
      window: { opens: '2026-10-31', closes: '2027-01-30' },
      findings: ['a', 'b'],
      absentFindings: ['c'],
      quota: { remaining: 3 },
    };
    const fixed = acceptActual(expectation, [
      { field: 'verdict', expected: 'fileable', actual: 'not_fileable' },
      { field: 'window.opens', expected: '2026-10-31', actual: null },
      { field: 'findings', expected: ['b'], actual: ['a'] },
      { field: 'absentFindings', expected: [], actual: ['c'] },
      { field: 'quota.remaining', expected: 3, actual: 1 },
    ]);
    expect(fixed).toEqual({
      verdict: 'not_fileable',
      window: { opens: null, closes: '2027-01-30' },
      findings: ['a'],
      absentFindings: [],
      quota: { remaining: 1 },
    });
    expect(expectation.verdict).toBe('fileable');
  });
});
