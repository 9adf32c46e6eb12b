import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../../src/domain/loading/load-rule-pack';
import { neverFiringRules } from '../../../src/workbench/checks/never-fires';
import { overlappingRules } from '../../../src/workbench/checks/overlapping-rules';
import { parameterGaps } from '../../../src/workbench/checks/parameter-gaps';
import { evaluatePartially } from '../../../src/workbench/checks/partial-evaluation';
import { runStaticChecks } from '../../../src/workbench/checks/static-checks';
import {
  coverage,
  uncoveredCombinations,
} from '../../../src/workbench/checks/uncovered-combinations';
import { unusedParameters } from '../../../src/workbench/checks/unused-parameters';
import { dated, rule, withRuleSet } from '../../support/synthetic-pack';
import { shippedPack } from '../../support/shipped-pack';

const online = { fact: 'channel', operator: 'equal', value: 'online' };
const packOf = (rules: unknown[], params: Record<string, unknown> = {}) =>
  loadRulePack(withRuleSet('sample', rules, params));

describe('partial evaluation', () => {
  it('is unknown for unknown facts and decides when a group is settled', () => {
    const known = new Map<string, unknown>([['channel', 'counter']]);
    expect(
      evaluatePartially(
        { all: [online, { fact: 'procedure', operator: 'equal', value: 'x' }] },
        known,
      ),
    ).toBe(false);
    expect(
      evaluatePartially(
        { any: [online, { fact: 'procedure', operator: 'equal', value: 'x' }] },
        known,
      ),
    ).toBe('unknown');
    expect(evaluatePartially({ not: online }, known)).toBe(true);
  });
});

describe('static checks', () => {
  it('finds combinations no rule decides: a status named by no list', () => {
    const pack = packOf([
      rule(
        'sample.status',
        { all: [online, { fact: 'status', operator: 'in', value: ['student'] }] },
        { severity: 'warn' },
      ),
    ]);
    const result = coverage(pack, '2026-11-23', ['online']);
    expect(
      result.uncovered.some((c) => c.status === 'dependent' && c.unnamed.includes('status')),
    ).toBe(true);
    expect(result.uncovered.some((c) => c.status === 'student')).toBe(false);
    const findings = uncoveredCombinations(pack, '2026-11-23');
    expect(findings.some((f) => f.text.en.includes('"dependent"'))).toBe(true);
  });

  it('counts a combination as decided when a block rule surely holds or notIn speaks of every value', () => {
    const pack = packOf([
      rule('sample.status', {
        all: [online, { fact: 'status', operator: 'notIn', value: ['student'] }],
      }),
    ]);
    const result = coverage(pack, '2026-11-23', ['online']);
    expect(result.uncovered).toEqual([]);
    expect(result.blocked).toBeGreaterThan(0);
  });

  it('finds duplicate and contradictory rules in the same period, not in disjoint ones', () => {
    const c = { all: [online, { fact: 'bureau', operator: 'equal', value: 'tokyo' }] };
    const swapped = { all: [c.all[1], c.all[0]] };
    const pack = packOf([
      rule('sample.a', c),
      rule('sample.b', swapped),
      rule('sample.c', c, { severity: 'warn' }),
      rule('sample.d', c, { effective: { from: '2010-01-01', until: '2018-12-31' } }),
    ]);
    const found = overlappingRules(pack);
    expect(found.filter((f) => f.check === 'overlapping-rules').map((f) => f.rules)).toContainEqual(
      ['sample.a', 'sample.b'],
    );
    expect(
      found.filter((f) => f.check === 'contradictory-rules').map((f) => f.rules),
    ).toContainEqual(['sample.a', 'sample.c']);
    expect(found.some((f) => f.rules?.includes('sample.d'))).toBe(false);
  });

  it('finds keys that disappear between dated values and repeated values', () => {
    const pack = packOf([], {
      'sample.fees': dated({
        '2020-01-01': { online: { extension: 4000, coe: 0 } },
        '2025-04-01': { online: { extension: 6000 } },
      }),
      'sample.limit': dated({ '2020-01-01': 10, '2021-01-01': 10 }),
    });
    const gaps = parameterGaps(pack);
    expect(gaps).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        pointer: '/parameters/sample.fees/values/2025-04-01',
      }),
    );
    expect(gaps.find((g) => g.level === 'warn')!.text.en).toContain('online.coe');
    expect(gaps).toContainEqual(
      expect.objectContaining({
        level: 'info',
        pointer: '/parameters/sample.limit/values/2021-01-01',
      }),
    );
  });

  it('finds parameters nothing uses', () => {
    const pack = packOf(
      [
        rule('sample.a', {
          fact: 'age',
          operator: 'lessThan',
          value: { fact: 'param.sample.used' },
        }),
      ],
      {
        'sample.used': dated({ '2019-01-01': 18 }),
        'sample.unused': dated({ '2019-01-01': 1 }),
      },
    );
    expect(unusedParameters(pack).map((f) => f.pointer)).toEqual(['/parameters/sample.unused']);
  });

  it('finds rules that can never fire: contradictions, empty lists, silent without effects', () => {
    const pack = packOf(
      [
        rule('sample.both', {
          all: [online, { fact: 'channel', operator: 'equal', value: 'counter' }],
        }),
        rule('sample.empty', {
          fact: 'procedure',
          operator: 'in',
          value: { fact: 'param.sample.none' },
        }),
        rule('sample.ok', {
          fact: 'age',
          operator: 'lessThan',
          value: { fact: 'param.sample.age' },
        }),
        rule('sample.mute', online, { silent: true }),
      ],
      { 'sample.none': dated({ '2019-01-01': [] }), 'sample.age': dated({ '2019-01-01': 18 }) },
    );
    const ids = neverFiringRules(pack).map((f) => f.rules![0]);
    expect(ids).toEqual(['sample.both', 'sample.empty', 'sample.mute']);
  });

  it('runs on the shipped pack in well under a few seconds', () => {
    const started = performance.now();
    const findings = runStaticChecks(shippedPack(), '2026-11-23');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(findings.every((f) => f.text.ja && f.text.en && f.file.startsWith('rules/'))).toBe(true);
  });
});
