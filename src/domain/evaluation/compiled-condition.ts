import type { ConditionLeaf, ConditionNode } from '../model/rule';
import type { ConditionOutcome } from '../model/report';
import { OPERATORS } from '../operators/operator-catalogue';
import { kleeneNot, valueFactRef, type FactSource } from './three-valued';

export type Judge = (facts: FactSource) => ConditionOutcome;

/** A node of a condition tree with its judging closure; leaves keep what they compare. */
export interface CompiledNode {
  readonly kind: 'all' | 'any' | 'not' | 'leaf';
  readonly judge: Judge;
  readonly children: readonly CompiledNode[];
  readonly leaf?: ConditionLeaf & { readonly ref?: string };
}

export interface CompiledCondition {
  readonly root: CompiledNode;
  /** The leaves left to right, as explanations list them. */
  readonly leaves: readonly CompiledNode[];
}

const UNKNOWN = 'unknown' as const;

function allOf(judges: readonly Judge[]): Judge {
  const n = judges.length;
  return (facts) => {
    let unknown = false;
    for (let i = 0; i < n; i++) {
      const r = judges[i]!(facts);
      if (r === false) return false;
      if (r === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : true;
  };
}

function anyOf(judges: readonly Judge[]): Judge {
  const n = judges.length;
  return (facts) => {
    let unknown = false;
    for (let i = 0; i < n; i++) {
      const r = judges[i]!(facts);
      if (r === true) return true;
      if (r === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : false;
  };
}

/**
 * A comparison reading an unknown fact (or an unknown `{ "fact": … }` value) is unknown,
 * whatever the operator would say about `undefined`: json-rules-engine holds `notIn` on a
 * missing fact, the core must not. Otherwise the operator decides exactly as in the engine
 * (its result must be `true`, as the engine counts a condition as passed).
 */
function leafJudge(leaf: ConditionLeaf, ref: string | undefined): Judge {
  const test = OPERATORS.get(leaf.operator)?.evaluate;
  // A rule being edited in the workbench may name no operator yet: nothing can be judged.
  if (!test) return () => UNKNOWN;
  const { fact, value } = leaf;
  if (ref === undefined) {
    return (facts) => (facts.isUnknown(fact) ? UNKNOWN : test(facts.get(fact), value) === true);
  }
  return (facts) =>
    facts.isUnknown(fact) || facts.isUnknown(ref)
      ? UNKNOWN
      : test(facts.get(fact), facts.get(ref)) === true;
}

function compileNode(node: ConditionNode, leaves: CompiledNode[]): CompiledNode {
  if ('all' in node) {
    const children = node.all.map((n) => compileNode(n, leaves));
    return { kind: 'all', judge: allOf(children.map((c) => c.judge)), children };
  }
  if ('any' in node) {
    const children = node.any.map((n) => compileNode(n, leaves));
    return { kind: 'any', judge: anyOf(children.map((c) => c.judge)), children };
  }
  if ('not' in node) {
    const inner = compileNode(node.not, leaves);
    const judge = inner.judge;
    return { kind: 'not', judge: (facts) => kleeneNot(judge(facts)), children: [inner] };
  }
  const ref = valueFactRef(node.value);
  const compiled: CompiledNode = {
    kind: 'leaf',
    judge: leafJudge(node, ref),
    children: [],
    leaf: { fact: node.fact, operator: node.operator, value: node.value, ref },
  };
  leaves.push(compiled);
  return compiled;
}

// Rule objects live as long as their pack (or the workbench's edit), so their trees are
// compiled once and shared by the checker, the planner and the static checks.
const cache = new WeakMap<ConditionNode, CompiledCondition>();

/** The condition tree as closures giving true, false or unknown (Kleene's logic). */
export function compileCondition(node: ConditionNode): CompiledCondition {
  let compiled = cache.get(node);
  if (!compiled) {
    const leaves: CompiledNode[] = [];
    compiled = { root: compileNode(node, leaves), leaves };
    cache.set(node, compiled);
  }
  return compiled;
}

/** Judges a condition tree once: the one evaluator every caller goes through. */
export function judge(node: ConditionNode, facts: FactSource): ConditionOutcome {
  return compileCondition(node).root.judge(facts);
}

/**
 * The leaves whose answer could still change the outcome: a branch that is already decided
 * (an `any` with a true member, an `all` with a false one) asks for nothing. One pass: each
 * node is judged once, from its children's outcomes.
 */
export function undecidedLeaves(node: CompiledNode, facts: FactSource): CompiledNode[] {
  const out: CompiledNode[] = [];
  collect(node, facts, out);
  return out;
}

/** Judges `node`, adding its undecided leaves to `out` only when it is itself undecided. */
function collect(node: CompiledNode, facts: FactSource, out: CompiledNode[]): ConditionOutcome {
  if (node.kind === 'leaf') {
    const outcome = node.judge(facts);
    if (outcome === UNKNOWN) out.push(node);
    return outcome;
  }
  if (node.kind === 'not') return kleeneNot(collect(node.children[0]!, facts, out));
  const mark = out.length;
  const decisive = node.kind === 'any';
  let unknown = false;
  let decided = false;
  for (const child of node.children) {
    const outcome = collect(child, facts, out);
    if (outcome === decisive) decided = true;
    else if (outcome === UNKNOWN) unknown = true;
  }
  if (decided) {
    out.length = mark;
    return decisive;
  }
  return unknown ? UNKNOWN : !decisive;
}
