import type { FactTable } from '../facts/fact-table';
import type { Lang } from '../model/localized';
import type { Finding } from '../model/report';
import type { RuleDef } from '../model/rule';
import type { RulePack } from '../model/rule-pack';
import { PARAM_PREFIX } from '../parameters/parameter-values';
import { explain } from './explain';
import type { RuleOutcome } from './rule-outcomes';
import { resolveSource } from './source-resolver';
import { valueFactRef } from './three-valued';
import { fillPlaceholders, placeholderNames, type TermIndex } from './value-format';

// A hundred thousand drafts give a few thousand distinct findings: a finding is built once
// per pack, rule, language and the values it shows, then shared by the reports, frozen.
const LIMIT = 20_000;
const cache = new WeakMap<RulePack, WeakMap<RuleDef, Map<string, Finding>>>();
const objectIds = new WeakMap<object, number>();
let nextId = 0;

/** The finding a rule that holds adds to a report. */
export function findingOf(
  o: RuleOutcome,
  facts: FactTable,
  pack: RulePack,
  terms: TermIndex,
  lang: Lang,
): Finding {
  let byRule = cache.get(pack);
  if (!byRule) cache.set(pack, (byRule = new WeakMap()));
  let findings = byRule.get(o.rule);
  if (!findings) byRule.set(o.rule, (findings = new Map()));
  const key = keyOf(o, facts, lang);
  let finding = findings.get(key);
  if (!finding) {
    if (findings.size >= LIMIT) findings.clear();
    findings.set(key, (finding = build(o, facts, pack, terms, lang)));
  }
  return finding;
}

function build(o: RuleOutcome, facts: FactTable, pack: RulePack, terms: TermIndex, lang: Lang) {
  const { rule, outcome, leaves } = o;
  const explanation = explain(leaves, outcome, facts, pack.parameters, lang, terms);
  // Values a draft owns are copied: the draft may change later, the shared finding may not.
  const conditions = explanation.conditions.map((t) =>
    Object.freeze({ ...t, expected: owned(t.expected), actual: owned(t.actual) }),
  );
  return Object.freeze({
    id: rule.id,
    severity: rule.severity,
    message: fillPlaceholders(rule.message[lang], facts.values, lang, terms),
    source: resolveSource(rule.source, pack.documents),
    confidence: rule.confidence,
    ...(rule.note ? { note: rule.note } : {}),
    explanation: Object.freeze({ text: explanation.text, conditions: Object.freeze(conditions) }),
  }) as Finding;
}

function owned(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? structuredClone(value) : value;
}

const OUTCOME_KEY: Record<string, string> = { true: 'T', false: 'F', unknown: 'U' };

/** Everything the finding shows: leaf outcomes, the values compared, the message's values. */
function keyOf(o: RuleOutcome, facts: FactTable, lang: Lang): string {
  let key = `${lang}|${OUTCOME_KEY[String(o.outcome)]}`;
  for (const leaf of o.leaves) {
    key += `|${OUTCOME_KEY[String(leaf.outcome)]}${valueKey(leaf.fact, facts.values[leaf.fact])}`;
    const ref = valueFactRef(leaf.value);
    if (ref !== undefined) key += `:${valueKey(ref, facts.values[ref])}`;
  }
  for (const name of placeholderNames(o.rule.message[lang])) {
    key += `|${name in facts.values ? valueKey(name, facts.values[name]) : '-'}`;
  }
  return key;
}

function valueKey(name: string, value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'u';
    case 'string':
      // Length first, so that no value can pass for another one followed by a separator.
      return `s${value.length}:${value}`;
    case 'number':
      return `n${value}`;
    case 'boolean':
      return value ? 't' : 'f';
  }
  if (value === null) return 'z';
  if (typeof value !== 'object') return JSON.stringify(value);
  // Parameter values are rule data, never changed in place: their identity stands for them.
  if (name.startsWith(PARAM_PREFIX)) {
    let id = objectIds.get(value);
    if (id === undefined) objectIds.set(value, (id = nextId++));
    return `#${id}`;
  }
  return JSON.stringify(value);
}
