import type { ConditionNode } from '../model/rule';

export interface Leaf {
  fact: string;
  operator: string;
  value: unknown;
  /** JSON pointer of the leaf in its file. */
  pointer: string;
}

/** The comparisons of a condition tree, each with where it is written. */
export function conditionLeaves(node: ConditionNode, pointer: string): Leaf[] {
  if ('all' in node) return node.all.flatMap((n, i) => conditionLeaves(n, `${pointer}/all/${i}`));
  if ('any' in node) return node.any.flatMap((n, i) => conditionLeaves(n, `${pointer}/any/${i}`));
  if ('not' in node) return conditionLeaves(node.not, `${pointer}/not`);
  return [{ ...node, pointer }];
}
