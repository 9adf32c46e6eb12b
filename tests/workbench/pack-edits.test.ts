import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { getAt, setAt } from '../../src/workbench/json-pointer';
import {
  addDatedValue,
  HistoryEditError,
  newRuleVersion,
  removeAddedValue,
  setRuleField,
  stampVersion,
} from '../../src/workbench/pack-edits';
import { locateParameter, locateRule } from '../../src/workbench/pack-locate';
import { validatePack } from '../../src/workbench/validate-pack';

const shipped = readRuleFiles(PROJECT_ROOT);
const cite = { document: 'domain-facts', section: 'test' };

describe('json pointers', () => {
  it('copies only the path it changes and removes with undefined', () => {
    const doc = { a: { b: [1, 2, 3] }, c: { d: 1 } };
    const next = setAt(doc, '/a/b/1', 9) as typeof doc;
    expect(next.a.b).toEqual([1, 9, 3]);
    expect(next.c).toBe(doc.c);
    expect(doc.a.b).toEqual([1, 2, 3]);
    expect(getAt(setAt(doc, '/a/b/0', undefined), '/a/b')).toEqual([2, 3]);
    expect(getAt({ 'x/y': 1 }, '/x~1y')).toBe(1);
  });
});

describe('pack edits', () => {
  it('adds a dated value in date order and keeps every earlier value', () => {
    const before = locateParameter(shipped, 'reservation_tokyo.cases_per_slot')!;
    const edited = addDatedValue(
      shipped,
      shipped,
      'reservation_tokyo.cases_per_slot',
      '2027-01-04',
      {
        value: 3,
        source: cite,
        confidence: 'official',
      },
    );
    const after = locateParameter(edited, 'reservation_tokyo.cases_per_slot')!;
    expect(Object.keys(after.values)).toEqual([...Object.keys(before.values), '2027-01-04']);
    for (const [date, v] of Object.entries(before.values)) expect(after.values[date]).toEqual(v);
    expect(validatePack(edited).ok).toBe(true);
  });

  it('refuses to rewrite a value the shipped pack holds, but lets a new one be taken back', () => {
    const first = Object.keys(locateParameter(shipped, 'photo.max_age')!.values)[0]!;
    const value = { value: 'P6M', source: cite, confidence: 'official' as const };
    expect(() => addDatedValue(shipped, shipped, 'photo.max_age', first, value)).toThrow(
      HistoryEditError,
    );
    const added = addDatedValue(shipped, shipped, 'photo.max_age', '2030-01-01', value);
    const back = removeAddedValue(added, shipped, 'photo.max_age', '2030-01-01');
    expect(locateParameter(back, 'photo.max_age')!.values).toEqual(
      locateParameter(shipped, 'photo.max_age')!.values,
    );
  });

  it('validates an edit with the same file and pointer as rules:check', () => {
    const at = locateRule(shipped, 'online.procedure_not_eligible')!;
    const edited = setRuleField(shipped, 'online.procedure_not_eligible', '/message/en', '');
    const result = validatePack(edited);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(
        expect.objectContaining({ file: at.file, pointer: `${at.pointer}/message/en` }),
      );
    }
  });

  it('stamps a version and publication day', () => {
    const stamped = stampVersion(shipped, '2026.12.01', '2026-12-01');
    const v = validatePack(stamped);
    expect(v.ok && v.pack.version).toBe('2026.12.01');
  });
});

describe('new version of a rule', () => {
  it('ends the rule the day before and starts a dated copy, keeping the pack valid', () => {
    const { files, id } = newRuleVersion(shipped, 'online.procedure_not_eligible', '2027-04-01');
    expect(id).toBe('online.procedure_not_eligible_20270401');
    expect(locateRule(files, 'online.procedure_not_eligible')!.rule.effective.until).toBe(
      '2027-03-31',
    );
    expect(locateRule(files, id)!.rule.effective).toEqual({ from: '2027-04-01', until: null });
    expect(validatePack(files).ok).toBe(true);
    expect(() => newRuleVersion(shipped, 'online.procedure_not_eligible', '2019-07-25')).toThrow();
    const again = newRuleVersion(files, id, '2028-01-01');
    expect(again.id).toBe('online.procedure_not_eligible_20280101');
  });
});
