import { KNOWN_FACTS } from '../facts/fact-labels';
import type { Citation } from '../model/citation';
import type { RuleDef } from '../model/rule';
import type { RulePack } from '../model/rule-pack';
import { FACT_VOCABULARY } from '../model/vocabulary';
import { isKnownOperator } from '../operators/operator-catalogue';
import { paramName } from '../parameters/parameter-values';
import { valueFactRef } from '../evaluation/three-valued';
import { RESERVATION_FACT_NAMES } from '../reservation/reservation-fact-catalogue';
import { conditionLeaves, type Leaf } from './condition-leaves';
import { noGaps, type PackGaps } from './pack-gaps';
import { PATTERN_UNIT } from './parameter-units';
import { patternSyntaxError } from './pattern-syntax';
import { pointerJoin, type RuleFileError } from './rule-file-error';

/**
 * Checks what a schema cannot: names that must exist elsewhere in the pack, and patterns
 * that must compile. Runs on a partly broken pack too; `gaps` says what did not load.
 */
export function checkSemantics(pack: RulePack, gaps: PackGaps = noGaps()): RuleFileError[] {
  const errors: RuleFileError[] = [];
  const vocab = new Map(
    Object.entries(pack.vocabulary ?? {})
      .filter(([, terms]) => Array.isArray(terms))
      .map(([list, terms]) => [list, new Set((terms as { id: string }[]).map((t) => t.id))]),
  );
  const citation = (c: Citation, file: string, pointer: string) => {
    if (!pack.documents.has(c.document) && !gaps.documentIds?.has(c.document)) {
      errors.push({
        file,
        pointer: `${pointer}/document`,
        message: `unknown document "${c.document}": add it to rules/sources.json or correct the id`,
      });
    }
  };
  const factProblem = (fact: string, rule: RuleDef, reservation = false): string | undefined => {
    const param = paramName(fact);
    if (param === undefined) {
      return (reservation ? RESERVATION_FACT_NAMES : KNOWN_FACTS).has(fact)
        ? undefined
        : `unknown fact "${fact}": see docs/rule-reference.md`;
    }
    const def = pack.parameters.get(param);
    if (!def && (gaps.parametersUnknown || gaps.brokenParameters.has(param))) return undefined;
    if (!def) return `unknown parameter "${param}": define it in a parameters.json`;
    const first = Object.keys(def.values).sort()[0]!;
    const from = rule.effective.from;
    if (from === null || from < first) {
      return `parameter "${param}" has no value before ${first}, but the rule is in force from ${from ?? 'the beginning'}: add an earlier dated value or start the rule later`;
    }
    return undefined;
  };

  const ids = new Map<string, string>();
  for (const set of pack.ruleSets) {
    const reservation = set.subject === 'reservation';
    set.rules.forEach((rule, i) => {
      const at = `/rules/${i}`;
      if (gaps.brokenRules.has(`${set.file}#${at}`)) return;
      const earlier = ids.get(rule.id);
      if (earlier)
        errors.push({
          file: set.file,
          pointer: `${at}/id`,
          message: `duplicate rule id "${rule.id}" (also in ${earlier}): ids must be unique`,
        });
      ids.set(rule.id, set.file);
      if (
        rule.effective.from &&
        rule.effective.until &&
        rule.effective.until < rule.effective.from
      ) {
        errors.push({
          file: set.file,
          pointer: `${at}/effective/until`,
          message: 'ends before it starts',
        });
      }
      citation(rule.source, set.file, `${at}/source`);
      for (const leaf of conditionLeaves(rule.conditions, `${at}/conditions`)) {
        const problem = factProblem(leaf.fact, rule, reservation);
        if (problem)
          errors.push({ file: set.file, pointer: `${leaf.pointer}/fact`, message: problem });
        if (!isKnownOperator(leaf.operator)) {
          errors.push({
            file: set.file,
            pointer: `${leaf.pointer}/operator`,
            message: `unknown operator "${leaf.operator}": see docs/rule-reference.md`,
          });
        }
        const ref = valueFactRef(leaf.value);
        const refProblem = ref ? factProblem(ref, rule, reservation) : undefined;
        if (refProblem)
          errors.push({
            file: set.file,
            pointer: `${leaf.pointer}/value/fact`,
            message: refProblem,
          });
        if (leaf.operator === 'matchesPattern') {
          errors.push(...patternProblems(pack, leaf, ref, set.file));
        }
        const list = vocab.get(FACT_VOCABULARY[leaf.fact] ?? '');
        const literals = ref ? [] : Array.isArray(leaf.value) ? leaf.value : [leaf.value];
        for (const v of literals) {
          if (list && typeof v === 'string' && !list.has(v)) {
            errors.push({
              file: set.file,
              pointer: `${leaf.pointer}/value`,
              message: `"${v}" is not an id in vocabulary.json ${FACT_VOCABULARY[leaf.fact]}`,
            });
          }
        }
      }
      for (const lang of ['ja', 'en'] as const) {
        for (const [, name] of rule.message[lang].matchAll(/\{([A-Za-z][\w.]*)\}/g)) {
          const problem = factProblem(name!, rule, reservation);
          if (problem)
            errors.push({
              file: set.file,
              pointer: `${at}/message/${lang}`,
              message: `placeholder {${name}}: ${problem}`,
            });
        }
      }
    });
  }
  for (const def of pack.parameters.values()) {
    for (const [date, v] of Object.entries(def.values)) {
      citation(v.source, def.file, pointerJoin('/parameters', def.name, 'values', date, 'source'));
    }
  }
  for (const file of [...pack.cases, ...pack.reservationCases]) {
    file.cases.forEach((c, i) => c.source && citation(c.source, file.file, `/cases/${i}/source`));
  }
  return errors;
}

/** A pattern written in the rule must compile; one taken from a parameter must be declared one. */
function patternProblems(
  pack: RulePack,
  leaf: Leaf,
  ref: string | undefined,
  file: string,
): RuleFileError[] {
  if (ref === undefined) {
    const problem = patternSyntaxError(leaf.value);
    return problem ? [{ file, pointer: `${leaf.pointer}/value`, ...problem }] : [];
  }
  const def = pack.parameters.get(paramName(ref) ?? '');
  if (!def || def.unit === PATTERN_UNIT) return [];
  return [
    {
      file,
      pointer: `${leaf.pointer}/value/fact`,
      message: `matchesPattern needs a parameter whose unit is "${PATTERN_UNIT}", but ${def.name} has unit "${def.unit ?? 'none'}"`,
      ja: `matchesPattern には単位が「${PATTERN_UNIT}」のパラメータが必要ですが、${def.name} の単位は「${def.unit ?? 'なし'}」です`,
    },
  ];
}
