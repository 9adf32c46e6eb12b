import type { Temporal } from '@js-temporal/polyfill';
import {
  compileCondition,
  undecidedLeaves,
} from '../../../src/domain/evaluation/compiled-condition';
import { leaves, valueFactRef } from '../../../src/domain/evaluation/three-valued';
import type { Draft } from '../../../src/domain/model/draft';
import type { RuleDef } from '../../../src/domain/model/rule';
import type { RulePack } from '../../../src/domain/model/rule-pack';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { completeDraft, completion, missingAnswers, partialDraft } from './draft-sampler';
import { Judges, type Judgement } from './oracle';
import { Random } from './random';
import { birthPool, datePool, type Pools } from './value-pools';

/** As-of instants: ordinary days, month ends, a leap day, closed days, dates rules changed. */
const AS_OF = [
  '2026-11-24T10:00:00+09:00',
  '2027-01-31T09:00:00+09:00',
  '2028-02-29T12:00:00+09:00',
  '2027-01-01T10:00:00+09:00',
  '2026-11-28T10:00:00+09:00',
  '2027-03-31T23:59:00+09:00',
  '2020-03-24T00:00:00+09:00',
  '2019-04-01T09:00:00+09:00',
  '2026-12-29T08:30:00+09:00',
  '2025-05-31T17:00:00+09:00',
  '2022-06-30T12:00:00+09:00',
].map(parseInstant);

export interface DifferentialOptions {
  drafts: number;
  seed: number;
  /** Completions judged by the compiled core per draft with missing answers. */
  completions: number;
  /** Of those, how many json-rules-engine also judges, besides the witnesses. */
  engineCompletions: number;
}

export interface DifferentialCounts {
  drafts: number;
  partialDrafts: number;
  /** Rule outcomes the compiled core decided, compared with json-rules-engine on the same facts. */
  definiteCompared: number;
  /** Undecided outcomes shown right: a completion makes the rule hold and another makes it fail. */
  unknownJustified: number;
  /**
   * Undecided because of something no answer settles: files not inspected yet, a receipt
   * method not chosen, rule data without a value on that day.
   */
  unknownUntilChecked: number;
  /**
   * Undecided, yet no sampled completion made the rule go the other way. Kleene's logic over
   * derived facts is cautious (a fee that is never zero is still "unknown" while the re-entry
   * kind is missing); both evaluators give these alike. Counted and named, not a difference.
   */
  unknownNotJustified: number;
  notJustified: Map<string, string>;
  /** Definite outcomes of half-written drafts checked on completions by json-rules-engine. */
  soundnessChecks: number;
  /**
   * Definite outcomes a completion changed through a fact the draft gave as known though an
   * answer still to come changes it (a fact derived too early, not a wrong judgement). Named
   * by fact, with an example; the evaluator cannot see this, the fact derivation can.
   */
  knownTooEarly: number;
  factsKnownTooEarly: Map<string, string>;
  completionsJudged: number;
  engineRuns: number;
  effectsCompared: number;
  differences: string[];
}

/**
 * The compiled evaluator against json-rules-engine on generated drafts. A definite outcome
 * must equal the engine's on the same facts (a decided Kleene tree does not depend on its
 * unknown leaves, so this holds for half-written drafts too) and hold on every completion the
 * engine judges; an undecided one must have completions both ways; the narrowed receipt
 * methods must agree. Differences name the seed, the draft index, the instant and the rule.
 */
export async function runDifferential(
  pack: RulePack,
  options: DifferentialOptions,
): Promise<DifferentialCounts> {
  const judges = new Judges(pack);
  const random = new Random(options.seed);
  const pools = new Map<Temporal.ZonedDateTime, Pools>();
  const counts: DifferentialCounts = {
    drafts: 0,
    partialDrafts: 0,
    definiteCompared: 0,
    unknownJustified: 0,
    unknownUntilChecked: 0,
    unknownNotJustified: 0,
    notJustified: new Map(),
    soundnessChecks: 0,
    knownTooEarly: 0,
    factsKnownTooEarly: new Map(),
    completionsJudged: 0,
    engineRuns: 0,
    effectsCompared: 0,
    differences: [],
  };
  const differ = (text: string) => {
    if (counts.differences.length < 50) counts.differences.push(text);
  };

  for (let i = 0; i < options.drafts; i++) {
    const asOf = AS_OF[i % AS_OF.length]!;
    let pool = pools.get(asOf);
    if (!pool) {
      const day = asOf.toPlainDate();
      pool = { vocabulary: pack.vocabulary, dates: datePool(day), births: birthPool(day) };
      pools.set(asOf, pool);
    }
    const complete = completeDraft(random, pool);
    const draft = random.chance(0.5) ? partialDraft(random, complete).draft : complete;
    const where = `seed ${options.seed} draft #${i} at ${asOf.toString({ timeZoneName: 'never' })}`;
    const rules = judges.rules(asOf);
    counts.drafts++;

    const compiled = judges.compiled(draft, asOf);
    const engine = await judges.engine(draft, asOf);
    counts.engineRuns++;
    compareDefinite(rules, compiled, engine, compiled, where);

    const undecided = rules.flatMap((_, j) => (compiled.outcomes[j] === 'unknown' ? [j] : []));
    if (undecided.length === 0) continue;
    counts.partialDrafts++;
    const missing = missingAnswers(draft);
    const witnesses = new Map<number, { yes?: Draft; no?: Draft }>(undecided.map((j) => [j, {}]));
    const judged: { draft: Draft; outcome: Judgement }[] = [];
    for (let k = 0; k < options.completions; k++) {
      const filled = completion(random, draft, missing, pool);
      const outcome = judges.compiled(filled, asOf);
      counts.completionsJudged++;
      judged.push({ draft: filled, outcome });
      for (const [j, w] of witnesses) {
        if (outcome.outcomes[j] === true) w.yes ??= filled;
        if (outcome.outcomes[j] === false) w.no ??= filled;
      }
    }
    // json-rules-engine judges the witnesses and a few more completions: there, the compiled
    // outcome of the completion must equal the engine's, and so must every outcome the
    // half-written draft already decided (soundness).
    const forEngine = new Set<Draft>(
      judged.slice(0, options.engineCompletions).map((x) => x.draft),
    );
    for (const w of witnesses.values()) {
      if (w.yes) forEngine.add(w.yes);
      if (w.no) forEngine.add(w.no);
    }
    for (const filled of forEngine) {
      const byEngine = await judges.engine(filled, asOf);
      counts.engineRuns++;
      const byCore = judged.find((x) => x.draft === filled)!.outcome;
      compareDefinite(rules, byCore, byEngine, byCore, `${where}, a completion`);
      compareDefinite(rules, compiled, byEngine, byCore, `${where}, soundness on a completion`);
    }
    for (const [j, w] of witnesses) {
      const rule = rules[j]!;
      if (w.yes && w.no) {
        counts.unknownJustified++;
        continue;
      }
      const open = undecidedLeaves(compileCondition(rule.conditions).root, compiled.facts);
      const waits = open.some(({ leaf }) =>
        [leaf!.fact, leaf!.ref].some((name) => {
          const u = name === undefined ? undefined : compiled.facts.unknown.get(name);
          return u !== undefined && (u.policy !== 'ask' || u.pointers.length === 0);
        }),
      );
      if (waits) counts.unknownUntilChecked++;
      else {
        counts.unknownNotJustified++;
        const example = `${rule.id}: ${where}, ${missing.join(', ')} never made it ${w.yes ? 'fail' : 'hold'}`;
        if (!counts.notJustified.has(rule.id)) counts.notJustified.set(rule.id, example);
      }
    }
  }
  return counts;

  function compareDefinite(
    rules: readonly RuleDef[],
    decided: Judgement,
    engine: Judgement,
    completed: Judgement,
    where: string,
  ) {
    decided.outcomes.forEach((outcome, j) => {
      if (outcome === 'unknown') return;
      if (decided === completed) counts.definiteCompared++;
      else counts.soundnessChecks++;
      if (outcome === engine.outcomes[j]) return;
      const text = `${where}: ${rules[j]!.id} compiled ${String(outcome)}, json-rules-engine ${String(engine.outcomes[j])}`;
      // On a completion, a rule may only change when a fact it reads changes that the draft
      // already gave as known: then the fact was derived too early, not judged wrongly.
      const early = decided === completed ? [] : changedKnownFacts(rules[j]!, decided, completed);
      if (early.length === 0) return differ(text);
      counts.knownTooEarly++;
      for (const fact of early)
        if (!counts.factsKnownTooEarly.has(fact)) counts.factsKnownTooEarly.set(fact, text);
    });
    if (decided === completed) {
      counts.effectsCompared++;
      if (JSON.stringify(decided.receiptMethods) !== JSON.stringify(engine.receiptMethods)) {
        differ(
          `${where}: receipt methods compiled ${JSON.stringify(decided.receiptMethods)}, json-rules-engine ${JSON.stringify(engine.receiptMethods)}`,
        );
      }
    }
  }
}

/** Facts the rule reads that the half-written draft gave as known and a completion changed. */
function changedKnownFacts(rule: RuleDef, partial: Judgement, completed: Judgement): string[] {
  const names = leaves(rule.conditions).flatMap((l) => [l.fact, valueFactRef(l.value)]);
  return [...new Set(names)].filter(
    (name): name is string =>
      name !== undefined &&
      !partial.facts.isUnknown(name) &&
      JSON.stringify(partial.facts.values[name]) !== JSON.stringify(completed.facts.values[name]),
  );
}
