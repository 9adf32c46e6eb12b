import { valueFactRef } from '../domain/evaluation/three-valued';
import type { ConditionLeaf, ConditionNode } from '../domain/model/rule';
import { paramName } from '../domain/parameters/parameter-values';

export interface LocatedLeaf extends ConditionLeaf {
  /** Pointer below the rule's `conditions`, e.g. /all/1. */
  pointer: string;
}

export function leavesOf(node: ConditionNode, pointer = ''): LocatedLeaf[] {
  if ('all' in node) return node.all.flatMap((n, i) => leavesOf(n, `${pointer}/all/${i}`));
  if ('any' in node) return node.any.flatMap((n, i) => leavesOf(n, `${pointer}/any/${i}`));
  if ('not' in node) return leavesOf(node.not, `${pointer}/not`);
  return [{ ...node, pointer }];
}

/** Fact names a leaf reads: its fact and a `{fact: ...}` value. */
export function factsOfLeaf(leaf: ConditionLeaf): string[] {
  const ref = valueFactRef(leaf.value);
  return ref ? [leaf.fact, ref] : [leaf.fact];
}

/** Parameters a rule names in its conditions or message placeholders. */
export function parametersNamed(
  conditions: ConditionNode,
  messages: readonly string[] = [],
): string[] {
  const names = new Set<string>();
  for (const leaf of leavesOf(conditions)) {
    for (const fact of factsOfLeaf(leaf)) {
      const p = paramName(fact);
      if (p) names.add(p);
    }
  }
  for (const text of messages) {
    for (const [, name] of text.matchAll(/\{param\.([\w.]+)\}/g)) names.add(name!);
  }
  return [...names].sort();
}
