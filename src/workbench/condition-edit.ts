import type { ConditionLeaf, ConditionNode } from '../domain/model/rule';
import { getAt, parsePointer, setAt, toPointer } from './json-pointer';

/**
 * Edits of a condition tree addressed by pointers below `conditions` ('' = the root).
 * Each returns a new tree; the schema's shapes (all/any need one child) are kept.
 */
export type GroupKind = 'all' | 'any';

export function newLeaf(fact = 'channel'): ConditionLeaf {
  return { fact, operator: 'equal', value: '' };
}

export function nodeAt(root: ConditionNode, pointer: string): ConditionNode | undefined {
  return getAt(root, pointer) as ConditionNode | undefined;
}

export function replaceNode(
  root: ConditionNode,
  pointer: string,
  node: ConditionNode,
): ConditionNode {
  return (pointer === '' ? node : setAt(root, pointer, node)) as ConditionNode;
}

/** Appends a child to the all/any group at `pointer`. */
export function addChild(
  root: ConditionNode,
  pointer: string,
  child: ConditionNode,
): ConditionNode {
  const group = nodeAt(root, pointer);
  if (!group || !('all' in group || 'any' in group))
    throw new Error(`${pointer || '/'} is not a group`);
  const kind = 'all' in group ? 'all' : 'any';
  return replaceNode(root, pointer, {
    [kind]: [...(group as Record<GroupKind, ConditionNode[]>)[kind], child],
  } as ConditionNode);
}

/**
 * Removes the node at `pointer`. The root cannot be removed, nor the last child of a group
 * (an empty all/any is invalid): replace it instead.
 */
export function removeNode(root: ConditionNode, pointer: string): ConditionNode {
  const path = parsePointer(pointer);
  const last = path.at(-1);
  const parentPointer = toPointer(path.slice(0, -1));
  if (last === undefined) throw new Error('the root condition cannot be removed');
  const parent = getAt(root, parentPointer);
  if (Array.isArray(parent) && parent.length <= 1)
    throw new Error('a group needs at least one condition');
  if (last === 'not')
    return replaceNode(root, toPointer(path.slice(0, -1)), (parent as { not: ConditionNode }).not);
  return setAt(root, pointer, undefined) as ConditionNode;
}

/** Switches a group between "all of" and "any of", keeping its children. */
export function setGroupKind(root: ConditionNode, pointer: string, kind: GroupKind): ConditionNode {
  const node = nodeAt(root, pointer);
  if (!node || !('all' in node || 'any' in node)) return root;
  const children = 'all' in node ? node.all : node.any;
  return replaceNode(root, pointer, kind === 'all' ? { all: children } : { any: children });
}

/** Wraps the node in a "not", or removes the "not" around it. */
export function toggleNot(root: ConditionNode, pointer: string): ConditionNode {
  const node = nodeAt(root, pointer);
  if (!node) return root;
  return replaceNode(root, pointer, 'not' in node ? node.not : { not: node });
}

/** Wraps a leaf in a group so that siblings can be added next to it. */
export function wrapInGroup(root: ConditionNode, pointer: string, kind: GroupKind): ConditionNode {
  const node = nodeAt(root, pointer);
  if (!node) return root;
  return replaceNode(root, pointer, kind === 'all' ? { all: [node] } : { any: [node] });
}

/**
 * Reads what a person typed as a literal value: JSON when it parses (numbers, true, lists),
 * a comma-separated list for list operators, otherwise the text itself.
 */
export function parseLiteral(text: string, asList: boolean): unknown {
  const t = text.trim();
  try {
    const parsed: unknown = JSON.parse(t);
    if (!asList || Array.isArray(parsed)) return parsed;
  } catch {
    // not JSON: plain text below
  }
  if (asList)
    return t === ''
      ? []
      : t
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  return t;
}

export function literalText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}
