import { describe, expect, it } from 'vitest';
import {
  compileCondition,
  judge,
  undecidedLeaves,
} from '../../../src/domain/evaluation/compiled-condition';
import { FactTable } from '../../../src/domain/facts/fact-table';
import type { ConditionNode } from '../../../src/domain/model/rule';

const facts = new FactTable();
facts.set('known', 'x');
facts.set('count', 3);
facts.set('list', ['a', 'b']);
facts.markUnknown('missing', ['/missing']);
const yes: ConditionNode = { fact: 'known', operator: 'equal', value: 'x' };
const no: ConditionNode = { fact: 'known', operator: 'equal', value: 'y' };
// json-rules-engine says true for notIn on an undefined fact; the core must not believe it.
const unknown: ConditionNode = { fact: 'missing', operator: 'notIn', value: ['a'] };

describe('compiled three-valued conditions', () => {
  it('follows Kleene logic for all, any and not', () => {
    expect(judge({ all: [yes, unknown] }, facts)).toBe('unknown');
    expect(judge({ all: [no, unknown] }, facts)).toBe(false);
    expect(judge({ all: [unknown, no] }, facts)).toBe(false);
    expect(judge({ any: [yes, unknown] }, facts)).toBe(true);
    expect(judge({ any: [unknown, yes] }, facts)).toBe(true);
    expect(judge({ any: [no, unknown] }, facts)).toBe('unknown');
    expect(judge({ not: unknown }, facts)).toBe('unknown');
    expect(judge({ not: no }, facts)).toBe(true);
    expect(judge({ all: [yes, { not: no }] }, facts)).toBe(true);
  });

  it('treats a comparison with an unknown fact reference as unknown', () => {
    expect(judge({ fact: 'known', operator: 'in', value: { fact: 'missing' } }, facts)).toBe(
      'unknown',
    );
    expect(judge({ fact: 'known', operator: 'in', value: { fact: 'list' } }, facts)).toBe(false);
  });

  it('keeps json-rules-engine semantics for its numeric operators', () => {
    // The engine validates only the fact value, then compares with JavaScript's own <.
    expect(judge({ fact: 'count', operator: 'lessThan', value: 4 }, facts)).toBe(true);
    expect(judge({ fact: 'known', operator: 'lessThan', value: 4 }, facts)).toBe(false);
    expect(judge({ fact: 'nothing', operator: 'greaterThan', value: 0 }, facts)).toBe(false);
  });

  it('judges a fact absent from the table with the operator, as the engine does', () => {
    // Not marked unknown: nothing to ask, the engine's answer for undefined stands.
    expect(judge({ fact: 'nothing', operator: 'notEqual', value: 'x' }, facts)).toBe(true);
  });

  it('names only the leaves that could still change an undecided tree', () => {
    const tree: ConditionNode = { all: [unknown, { any: [yes, unknown] }] };
    const compiled = compileCondition(tree);
    const open = undecidedLeaves(compiled.root, facts).map((n) => n.leaf);
    expect(open).toEqual([{ ...unknown, ref: undefined }]);
  });

  it('compiles a tree once and reuses it', () => {
    const tree: ConditionNode = { all: [yes] };
    expect(compileCondition(tree)).toBe(compileCondition(tree));
  });
});
