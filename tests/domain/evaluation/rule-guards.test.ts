import { describe, expect, it } from 'vitest';
import { couldHold } from '../../../src/domain/evaluation/rule-guards';
import { FactTable } from '../../../src/domain/facts/fact-table';
import type { RuleDef } from '../../../src/domain/model/rule';

const rule = (conditions: RuleDef['conditions']) => ({ id: 'x.y', conditions }) as RuleDef;
const onlineExtension = rule({
  all: [
    { fact: 'channel', operator: 'equal', value: 'online' },
    { fact: 'procedure', operator: 'in', value: ['extension', 'change_of_status'] },
  ],
});

function facts(values: Record<string, unknown>, unknown: string[] = []): FactTable {
  const table = new FactTable();
  for (const [k, v] of Object.entries(values)) table.set(k, v);
  for (const k of unknown) table.markUnknown(k, [`/${k}`]);
  return table;
}

describe('couldHold', () => {
  it('skips a rule whose literal guard fails for the draft', () => {
    expect(couldHold(onlineExtension, facts({ channel: 'counter', procedure: 'extension' }))).toBe(
      false,
    );
    expect(couldHold(onlineExtension, facts({ channel: 'online', procedure: 'coe' }))).toBe(false);
    expect(couldHold(onlineExtension, facts({ channel: 'online', procedure: 'extension' }))).toBe(
      true,
    );
  });

  it('keeps the rule when a guard fact is unknown, so it can still ask for it', () => {
    expect(couldHold(onlineExtension, facts({ channel: 'online' }, ['procedure']))).toBe(true);
  });

  it('ignores guards under any/not and guards that compare with parameters', () => {
    const nested = rule({ any: [{ fact: 'channel', operator: 'equal', value: 'online' }] });
    const byParam = rule({
      all: [{ fact: 'procedure', operator: 'in', value: { fact: 'param.p' } }],
    });
    expect(couldHold(nested, facts({ channel: 'counter' }))).toBe(true);
    expect(couldHold(byParam, facts({ procedure: 'coe' }))).toBe(true);
  });
});
