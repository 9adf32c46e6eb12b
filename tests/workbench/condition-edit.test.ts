import { describe, expect, it } from 'vitest';
import type { ConditionNode } from '../../src/domain/model/rule';
import {
  addChild,
  literalText,
  newLeaf,
  parseLiteral,
  removeNode,
  setGroupKind,
  toggleNot,
  wrapInGroup,
} from '../../src/workbench/condition-edit';
import { factOptions, operatorChoices } from '../../src/workbench/fact-options';
import { shippedPack } from '../support/shipped-pack';

const tree: ConditionNode = {
  all: [
    { fact: 'channel', operator: 'equal', value: 'online' },
    { fact: 'procedure', operator: 'in', value: ['coe'] },
  ],
};

describe('condition editing', () => {
  it('adds, removes, regroups and negates nodes by pointer', () => {
    const added = addChild(tree, '', newLeaf('bureau'));
    expect('all' in added && added.all).toHaveLength(3);
    expect(removeNode(added, '/all/2')).toEqual(tree);
    expect(setGroupKind(tree, '', 'any')).toEqual({ any: (tree as { all: ConditionNode[] }).all });
    const negated = toggleNot(tree, '/all/1');
    expect(negated).toEqual({
      all: [
        (tree as { all: ConditionNode[] }).all[0],
        { not: { fact: 'procedure', operator: 'in', value: ['coe'] } },
      ],
    });
    expect(toggleNot(negated, '/all/1')).toEqual(tree);
    const wrapped = wrapInGroup(tree, '/all/0', 'any') as { all: ConditionNode[] };
    expect(wrapped.all[0]).toEqual({
      any: [{ fact: 'channel', operator: 'equal', value: 'online' }],
    });
  });

  it('keeps groups valid: the root and the last child of a group cannot be removed', () => {
    expect(() => removeNode(tree, '')).toThrow();
    expect(() => removeNode({ all: [newLeaf()] }, '/all/0')).toThrow();
    expect(removeNode({ not: { all: [newLeaf()] } }, '/not')).toEqual({ all: [newLeaf()] });
  });

  it('reads typed values: JSON, comma lists for list operators, plain text', () => {
    expect(parseLiteral('5', false)).toBe(5);
    expect(parseLiteral('true', false)).toBe(true);
    expect(parseLiteral('online', false)).toBe('online');
    expect(parseLiteral('coe, extension', true)).toEqual(['coe', 'extension']);
    expect(literalText(['coe', 'extension'])).toBe('coe, extension');
  });

  it('offers the catalogue facts, parameters and operators suited to the type first', () => {
    const pack = shippedPack();
    const facts = factOptions('draft', pack.parameters);
    expect(facts.map((f) => f.name)).toEqual(
      expect.arrayContaining(['procedure', 'windowIsOpen', 'param.online.procedures']),
    );
    expect(factOptions('reservation', pack.parameters).map((f) => f.name)).toContain('casesInSlot');
    expect(operatorChoices('date', ['equal', 'dateBefore'])[0]).toBe('dateBefore');
  });
});
