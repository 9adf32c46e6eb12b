import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../../src/cli/project-root';
import { checkRulePack } from '../../../src/domain/loading/check-rule-pack';
import { MAX_CONDITION_DEPTH } from '../../../src/domain/loading/nesting-depth';
import { splitSchemas } from '../../../src/domain/loading/pack-schemas';
import type { RuleFileError } from '../../../src/domain/loading/rule-file-error';
import { dated, rule, withRuleSet } from '../../support/synthetic-pack';

const shipped = () => structuredClone(readRuleFiles(PROJECT_ROOT));
const errorsOf = (files: Record<string, unknown>) => checkRulePack(files).errors;
const at = (errors: RuleFileError[], file: string, pointer: string) =>
  errors.filter((e) => e.file === file && e.pointer === pointer).map((e) => e.message);
type Params = {
  parameters: Record<string, { unit?: string; values: Record<string, { value: unknown }> }>;
};
const params = (files: Record<string, unknown>, set: string) =>
  files[`rules/${set}/parameters.json`] as Params;
const latest = (values: Record<string, unknown>) => Object.keys(values).sort().at(-1)!;

describe('checkRulePack lists every error at once', () => {
  it('a schema error in one file does not hide semantic and range errors in the others', () => {
    const files = shipped();
    const attachments = files['rules/attachments/rules.json'] as {
      rules: Record<string, unknown>[];
    };
    delete attachments.rules[0]!.source;
    const after = files['rules/after-examination/rules.json'] as {
      rules: { conditions: { all: { operator: string }[] } }[];
    };
    after.rules[0]!.conditions.all[0]!.operator = 'bogusOperator';
    const fees = params(files, 'fees').parameters['fees.revenue_stamps']!.values;
    (fees[latest(fees)]!.value as { online: { extension: number } }).online.extension = -5500;
    const errors = errorsOf(files);
    const files_ = new Set(errors.map((e) => e.file));
    expect([...files_].sort()).toEqual([
      'rules/after-examination/rules.json',
      'rules/attachments/rules.json',
      'rules/fees/parameters.json',
    ]);
    expect(at(errors, 'rules/attachments/rules.json', '/rules/0')).toEqual([
      'missing required field "source"',
    ]);
    expect(
      at(errors, 'rules/after-examination/rules.json', '/rules/0/conditions/all/0/operator')[0],
    ).toMatch(/unknown operator "bogusOperator"/);
    const feePointer = `/parameters/fees.revenue_stamps/values/${latest(fees)}/value/online/extension`;
    expect(at(errors, 'rules/fees/parameters.json', feePointer)[0]).toMatch(
      /-5500 is outside .*yen, 0 or more/,
    );
  });

  it('a schema error in one rule does not hide a semantic error in the next rule of the file', () => {
    const ok = rule('sample.a', { fact: 'channel', operator: 'equal', value: 'online' });
    const errors = errorsOf(
      withRuleSet('sample', [
        { ...ok, severity: 'fatal' },
        rule('sample.b', { fact: 'channel', operator: 'equals', value: 'online' }),
      ]),
    );
    expect(errors.map((e) => e.pointer)).toEqual([
      '/rules/0/severity',
      '/rules/1/conditions/operator',
    ]);
  });

  it('a broken parameter is not reported again as unknown where rules use it', () => {
    const errors = errorsOf(
      withRuleSet(
        'sample',
        [
          rule('sample.a', {
            fact: 'procedure',
            operator: 'in',
            value: { fact: 'param.sample.list' },
          }),
        ],
        { 'sample.list': { ...dated({ '2019-01-01': ['extension'] }), unit: 5 } },
      ),
    );
    expect(errors.map((e) => `${e.file}#${e.pointer}`)).toEqual([
      'rules/sample/parameters.json#/parameters/sample.list/unit',
    ]);
  });
});

describe('patterns', () => {
  const patternPack = (pattern: string, literal = '^[0-9]{12}$') =>
    withRuleSet(
      'sample',
      [
        rule('sample.a', {
          all: [
            { fact: 'credentialNumber', operator: 'matchesPattern', value: literal },
            {
              fact: 'credentialNumber',
              operator: 'matchesPattern',
              value: { fact: 'param.sample.pattern' },
            },
          ],
        }),
      ],
      { 'sample.pattern': { ...dated({ '2019-01-01': pattern }), unit: 'regular expression' } },
    );

  it('a pattern that does not compile is an error where it is written, not at run time', () => {
    const errors = errorsOf(patternPack('(', '[0-9'));
    expect(
      at(
        errors,
        'rules/sample/parameters.json',
        '/parameters/sample.pattern/values/2019-01-01/value',
      )[0],
    ).toMatch(/not a valid regular expression/);
    expect(at(errors, 'rules/sample/rules.json', '/rules/0/conditions/all/0/value')[0]).toMatch(
      /not a valid regular expression/,
    );
  });

  it('matchesPattern against a parameter that is not declared a regular expression is an error', () => {
    const files = patternPack('^[0-9]+$');
    params(files, 'sample').parameters['sample.pattern']!.unit = 'text';
    expect(
      at(errorsOf(files), 'rules/sample/rules.json', '/rules/0/conditions/all/1/value/fact')[0],
    ).toMatch(/unit is "regular expression"/);
  });
});

describe('parameter values', () => {
  const pack = (values: Record<string, unknown>, unit: string) =>
    withRuleSet(
      'sample',
      [rule('sample.a', { fact: 'channel', operator: 'equal', value: 'online' })],
      {
        'sample.p': { ...dated(values), unit },
      },
    );
  const pointers = (files: Record<string, unknown>) =>
    errorsOf(files).map((e) => `${e.pointer}: ${e.message}`);

  it('a date key that is not a real day is an error (the schema pattern lets 2031-02-30 through)', () => {
    expect(pointers(pack({ '2019-01-01': 5, '2031-02-30': 6 }, 'days'))).toEqual([
      expect.stringMatching(
        /^\/parameters\/sample.p\/values\/2031-02-30: "2031-02-30" is not a calendar date/,
      ),
    ]);
  });

  it('keys out of order are an error naming both days', () => {
    expect(pointers(pack({ '2024-01-01': 5, '2019-01-01': 6 }, 'days'))).toEqual([
      expect.stringMatching(
        /values\/2019-01-01: dated values out of order: 2019-01-01 comes after 2024-01-01/,
      ),
    ]);
  });

  it.each([
    ['yen', -5500],
    ['bytes', 0],
    ['files', 1.5],
    ['ratio', 1],
    ['HH:MM', ['09:00', '24:00']],
    ['ISO 8601 duration', 'three months'],
  ])('a value outside what the unit %s declares is an error', (unit, value) => {
    const found = pointers(pack({ '2019-01-01': value }, unit));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`outside what the unit "${unit}" allows`));
  });

  it.each([
    ['yen', 0],
    ['bytes', 10_485_760],
    ['ratio', 0.02],
    ['HH:MM', ['09:00', '23:59']],
    ['ISO 8601 duration', 'P3M'],
  ])('a value inside what the unit %s declares passes', (unit, value) => {
    expect(pointers(pack({ '2019-01-01': value }, unit))).toEqual([]);
  });
});

describe('depth', () => {
  const deep = (levels: number) => {
    let node: unknown = { fact: 'channel', operator: 'equal', value: 'online' };
    for (let i = 1; i < levels; i++) node = { not: node };
    return node;
  };

  it('a condition nested 10⁵ deep is a clear error, not a RangeError from the validator', () => {
    const files = withRuleSet('sample', [
      rule('sample.deep', deep(100_000)),
      rule('sample.b', { fact: 'channel', operator: 'equals', value: 'online' }),
    ]);
    const errors = errorsOf(files);
    expect(errors.map((e) => e.pointer)).toEqual([
      '/rules/0/conditions',
      '/rules/1/conditions/operator',
    ]);
    expect(errors[0]!.message).toMatch(`deeper than ${MAX_CONDITION_DEPTH} levels`);
  });

  it(`conditions up to ${MAX_CONDITION_DEPTH} levels load`, () => {
    expect(
      errorsOf(withRuleSet('sample', [rule('sample.deep', deep(MAX_CONDITION_DEPTH))])),
    ).toEqual([]);
    expect(
      errorsOf(withRuleSet('sample', [rule('sample.deep', deep(MAX_CONDITION_DEPTH + 1))])),
    ).toHaveLength(1);
  });

  it('any other file nested too deep is refused before validation', () => {
    let note: unknown = 'x';
    for (let i = 0; i < 50_000; i++) note = [note];
    const files = {
      ...withRuleSet('sample', []),
      'rules/sample/parameters.json': { parameters: note },
    };
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/nested deeper than 100 levels/);
  });
});

describe('versions of one rule', () => {
  const base = rule('sample.fee', { fact: 'channel', operator: 'equal', value: 'online' });
  it('a rule copied under a new id with an overlapping period is an error', () => {
    const errors = errorsOf(
      withRuleSet('sample', [
        { ...base, effective: { from: '2019-01-01', until: null } },
        { ...base, id: 'sample.fee_copy', effective: { from: '2025-04-01', until: null } },
      ]),
    );
    expect(errors.map((e) => e.pointer)).toEqual(['/rules/1/effective']);
    expect(errors[0]!.message).toMatch(/share the title.*periods overlap/);
  });

  it('a dated new version overlapping the old one is an error; ending the old one fixes it', () => {
    const next = { ...base, id: 'sample.fee_20250401', title: { ja: '新', en: 'new' } };
    const overlapping = withRuleSet('sample', [
      base,
      { ...next, effective: { from: '2025-04-01', until: null } },
    ]);
    expect(errorsOf(overlapping)[0]!.message).toMatch(/share the id/);
    const ended = withRuleSet('sample', [
      { ...base, effective: { from: '2019-01-01', until: '2025-03-31' } },
      { ...next, effective: { from: '2025-04-01', until: null } },
    ]);
    expect(errorsOf(ended)).toEqual([]);
  });
});

describe('schemas come from the app', () => {
  it('a pack that carries a changed schema is refused when the app gives its own', () => {
    const files = shipped();
    const appSchemas = splitSchemas(structuredClone(files));
    const lax = files['rules/schema/rule-set.schema.json'] as { additionalProperties: boolean };
    lax.additionalProperties = true;
    const errors = checkRulePack(files, { schemas: appSchemas }).errors;
    expect(errors.map((e) => e.file)).toEqual(['rules/schema/rule-set.schema.json']);
    expect(errors[0]!.message).toMatch(/cannot replace rules\/schema/);
  });
});
