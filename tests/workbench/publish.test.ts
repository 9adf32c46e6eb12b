import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { jsonDiff } from '../../src/workbench/json-diff';
import { addDatedValue, setRuleField } from '../../src/workbench/pack-edits';
import {
  bundleText,
  BundleError,
  fileText,
  parseBundle,
  toBundle,
} from '../../src/workbench/pack-bundle';
import { diffPacks, editedRuleIds } from '../../src/workbench/pack-diff';
import { nextVersion } from '../../src/workbench/pack-version';

const shipped = readRuleFiles(PROJECT_ROOT);
const cite = { document: 'domain-facts', section: 'test' };

describe('diff against the shipped rules', () => {
  it('matches rules by id, so one inserted rule is one change', () => {
    const before = {
      rules: [
        { id: 'a', x: 1 },
        { id: 'b', x: 2 },
      ],
    };
    const after = {
      rules: [
        { id: 'c', x: 0 },
        { id: 'a', x: 1 },
        { id: 'b', x: 3 },
      ],
    };
    expect(jsonDiff(before, after)).toEqual([
      { pointer: '/rules/0', kind: 'added', after: { id: 'c', x: 0 } },
      { pointer: '/rules/2/x', kind: 'changed', before: 2, after: 3 },
    ]);
  });

  it('lists changed files with pointers and the rules edited', () => {
    let edited = setRuleField(shipped, 'online.procedure_not_eligible', '/message/en', 'Changed.');
    edited = addDatedValue(edited, shipped, 'photo.max_age', '2030-01-01', {
      value: 'P6M',
      source: cite,
      confidence: 'official',
    });
    const diff = diffPacks(shipped, edited);
    expect(diff.map((d) => d.file).sort()).toEqual([
      'rules/attachments/parameters.json',
      'rules/online-eligibility/rules.json',
    ]);
    const params = diff.find((d) => d.file.endsWith('parameters.json'))!;
    expect(params.changes).toEqual([
      expect.objectContaining({
        kind: 'added',
        pointer: '/parameters/photo.max_age/values/2030-01-01',
      }),
    ]);
    expect([...editedRuleIds(diff, edited)]).toEqual(['online.procedure_not_eligible']);
    expect(diffPacks(shipped, shipped)).toEqual([]);
  });
});

describe('pack bundle', () => {
  // Schemas come from the app, never from a pack (issue 14 §3), so a bundle leaves them out.
  it('round-trips every file laid out like rules/ but the schemas', () => {
    const text = bundleText(shipped);
    const back = parseBundle(text);
    const ruleFiles = Object.keys(shipped).filter((p) => !p.startsWith('rules/schema/'));
    expect(ruleFiles.length).toBeGreaterThan(40);
    expect(Object.keys(back).sort()).toEqual(ruleFiles.sort());
    expect(back['rules/pack.json']).toEqual(shipped['rules/pack.json']);
    expect(toBundle(shipped).version).toBe(
      (shipped['rules/pack.json'] as { version: string }).version,
    );
    expect(fileText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });

  it('refuses what is not a bundle, in both languages', () => {
    expect(() => parseBundle('{')).toThrow(BundleError);
    expect(() => parseBundle({ rules: {} })).toThrow(/files/);
    try {
      parseBundle({ files: { '../etc/passwd.json': {} } });
    } catch (e) {
      expect((e as BundleError).text.ja).toContain('rules/');
    }
  });

  it('numbers versions by day', () => {
    expect(nextVersion('2026.11.23', '2026-12-01')).toBe('2026.12.01');
    expect(nextVersion('2026.11.23', '2026-11-23')).toBe('2026.11.23.2');
    expect(nextVersion('2026.11.23.2', '2026-11-23')).toBe('2026.11.23.3');
  });
});
