import { valueFactRef } from '../domain/evaluation/three-valued';
import type { Localized } from '../domain/model/localized';
import type { RuleDef } from '../domain/model/rule';
import type { RulePack } from '../domain/model/rule-pack';
import { paramName } from '../domain/parameters/parameter-values';
import { parametersBehindFact } from './code-read-parameters';
import { factsOfLeaf, leavesOf, parametersNamed } from './condition-walk';

/** One rule as the browser lists it, with what the filters need precomputed. */
export interface RuleEntry {
  setId: string;
  setTitle: Localized;
  file: string;
  /** Pointer of the rule in its file (/rules/<index>). */
  pointer: string;
  rule: RuleDef;
  subject: 'draft' | 'reservation';
  /** Parameters named in the rule, and those behind the derived facts it reads. */
  parameters: string[];
  /** Procedure ids the rule names, directly or through a parameter's values. */
  procedures: string[];
  /** The rule's document and the documents of its parameters' values. */
  documents: string[];
  /** Days on which the rule or one of its parameters changed (period bounds, dated values). */
  changedOn: string[];
}

const PROCEDURE_FACTS = new Set(['procedure', 'withProcedures']);

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function ruleEntries(pack: RulePack): RuleEntry[] {
  return pack.ruleSets.flatMap((set) =>
    set.rules.map((rule, index): RuleEntry => {
      const leaves = leavesOf(rule.conditions);
      const parameters = new Set(
        parametersNamed(rule.conditions, [rule.message.ja, rule.message.en]),
      );
      for (const fact of leaves.flatMap(factsOfLeaf)) {
        for (const p of parametersBehindFact(fact)) parameters.add(p);
      }
      const defs = [...parameters].flatMap((p) => pack.parameters.get(p) ?? []);
      const procedures = new Set<string>();
      for (const leaf of leaves.filter((l) => PROCEDURE_FACTS.has(l.fact))) {
        const ref = paramName(valueFactRef(leaf.value) ?? '');
        const values = ref
          ? Object.values(pack.parameters.get(ref)?.values ?? {}).map((v) => v.value)
          : [leaf.value];
        for (const v of values) for (const id of idsIn(v)) procedures.add(id);
      }
      const documents = new Set([rule.source.document]);
      const changedOn = new Set<string>();
      if (rule.effective.from) changedOn.add(rule.effective.from);
      if (rule.effective.until) changedOn.add(rule.effective.until);
      for (const def of defs) {
        for (const [date, v] of Object.entries(def.values)) {
          documents.add(v.source.document);
          changedOn.add(date);
        }
      }
      return {
        setId: set.id,
        setTitle: set.title,
        file: set.file,
        pointer: `/rules/${index}`,
        rule,
        subject: set.subject ?? 'draft',
        parameters: [...parameters].sort(),
        procedures: [...procedures].sort(),
        documents: [...documents].sort(),
        changedOn: [...changedOn].sort(),
      };
    }),
  );
}
