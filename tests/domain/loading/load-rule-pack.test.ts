import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../../src/domain/loading/load-rule-pack';
import { RulePackError, type RuleFileError } from '../../../src/domain/loading/rule-file-error';
import { dated, rule, withRuleSet } from '../../support/synthetic-pack';

function errorsOf(files: Record<string, unknown>): RuleFileError[] {
  try {
    loadRulePack(files);
  } catch (e) {
    if (e instanceof RulePackError) return e.errors;
    throw e;
  }
  return [];
}

const file = 'rules/sample/rules.json';

describe('loadRulePack', () => {
  it('reports every schema error at once, each with file and JSON pointer', () => {
    const broken = rule('sample.one', { fact: 'channel', operator: 'equal', value: 'online' });
    const noMessage: Record<string, unknown> = { ...broken };
    delete noMessage.message;
    const errors = errorsOf(
      withRuleSet('sample', [
        { ...broken, severity: 'fatal' },
        { ...noMessage, id: 'sample.two' },
        { ...broken, id: 'sample.three', conditions: { fact: 'channel', equals: 'online' } },
      ]),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file, pointer: '/rules/0/severity' }),
        expect.objectContaining({
          file,
          pointer: '/rules/1',
          message: 'missing required field "message"',
        }),
        expect.objectContaining({ file, pointer: '/rules/2/conditions' }),
      ]),
    );
  });

  it('names unknown facts, operators, parameters, documents and vocabulary ids', () => {
    const errors = errorsOf(
      withRuleSet('sample', [
        rule('sample.a', { all: [{ fact: 'chanel', operator: 'equal', value: 'online' }] }),
        rule('sample.b', { all: [{ fact: 'channel', operator: 'equals', value: 'online' }] }),
        rule('sample.c', {
          all: [{ fact: 'procedure', operator: 'in', value: { fact: 'param.nope' } }],
        }),
        rule(
          'sample.d',
          { all: [{ fact: 'procedure', operator: 'equal', value: 'extention' }] },
          {
            source: { document: 'no-such-doc', section: '1' },
          },
        ),
      ]),
    );
    const at = (pointer: string) => errors.find((e) => e.pointer === pointer)?.message ?? '';
    expect(at('/rules/0/conditions/all/0/fact')).toContain('unknown fact "chanel"');
    expect(at('/rules/1/conditions/all/0/operator')).toContain('unknown operator "equals"');
    expect(at('/rules/2/conditions/all/0/value/fact')).toContain('unknown parameter "nope"');
    expect(at('/rules/3/conditions/all/0/value')).toContain('"extention" is not an id');
    expect(at('/rules/3/source/document')).toContain('unknown document "no-such-doc"');
  });

  it('refuses a rule that uses a parameter before its first dated value', () => {
    const errors = errorsOf(
      withRuleSet(
        'sample',
        [
          rule('sample.a', {
            all: [{ fact: 'procedure', operator: 'in', value: { fact: 'param.sample.list' } }],
          }),
        ],
        { 'sample.list': dated({ '2020-03-24': ['coe'] }) },
      ),
    );
    expect(errors[0]?.message).toContain('no value before 2020-03-24');
  });

  it('rejects duplicate ids, a wrong folder id and invalid drafts in test cases', () => {
    const ok = rule('sample.a', { all: [{ fact: 'channel', operator: 'equal', value: 'online' }] });
    const files = withRuleSet('sample', [ok, ok]);
    (files[file] as { id: string }).id = 'other';
    files['rules/sample/cases/bad.json'] = {
      cases: [
        {
          name: 'x',
          asOf: '2026-11-24T10:00:00+09:00',
          draft: { procedure: 'visa' },
          expect: { verdict: 'fileable' },
        },
      ],
    };
    const errors = errorsOf(files);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file, pointer: '/id' }),
        expect.objectContaining({
          file: 'rules/sample/cases/bad.json',
          pointer: '/cases/0/draft/procedure',
        }),
      ]),
    );
  });

  it('loads a valid pack with its version', () => {
    const pack = loadRulePack(
      withRuleSet('sample', [
        rule('sample.a', { all: [{ fact: 'channel', operator: 'equal', value: 'online' }] }),
      ]),
    );
    expect(pack.version).toMatch(/^\d{4}\./);
    expect(pack.ruleSets[0]?.rules).toHaveLength(1);
  });
});
