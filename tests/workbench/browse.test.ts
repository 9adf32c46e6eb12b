import { describe, expect, it } from 'vitest';
import { describeCondition } from '../../src/workbench/plain-language';
import { ruleEntries } from '../../src/workbench/rule-catalogue';
import { filterRules } from '../../src/workbench/rule-filters';
import { shippedPack } from '../support/shipped-pack';

describe('rule browser model', () => {
  const pack = shippedPack();
  const entries = ruleEntries(pack);

  it('lists every rule with its parameters, including those behind derived facts', () => {
    expect(entries).toHaveLength(pack.ruleSets.reduce((n, s) => n + s.rules.length, 0));
    const proc = entries.find((e) => e.rule.id === 'online.procedure_not_eligible')!;
    expect(proc.parameters).toContain('online.procedures');
    expect(proc.procedures).toEqual(expect.arrayContaining(['extension', 'coe']));
    const closed = entries.find((e) => e.rule.id === 'window.closed')!;
    expect(closed.parameters).toEqual(
      expect.arrayContaining(['filing_window.online', 'filing_window.counter']),
    );
  });

  it('filters by confidence, set, procedure, document and change date', () => {
    const interpretations = filterRules(entries, { confidence: 'interpretation' });
    expect(interpretations.length).toBeGreaterThan(0);
    expect(interpretations.every((e) => e.rule.confidence === 'interpretation')).toBe(true);
    expect(filterRules(entries, { set: 'fees' }).every((e) => e.setId === 'fees')).toBe(true);
    expect(
      filterRules(entries, { procedure: 'permanent_residence' }).map((e) => e.rule.id),
    ).toContain('online.permanent_residence_counter_only');
    const byDoc = filterRules(entries, { document: 'tokyo-reservation-2020' });
    expect(byDoc.length).toBeGreaterThan(0);
    const recent = filterRules(entries, { changedSince: '2026-01-01' });
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(entries.length);
    expect(recent.every((e) => e.changedOn.some((d) => d >= '2026-01-01'))).toBe(true);
    expect(filterRules(entries, { text: 'permanent' }).length).toBeGreaterThan(0);
  });

  it('says a condition in plain Japanese and English with vocabulary names', () => {
    const rule = pack.ruleSets
      .flatMap((s) => s.rules)
      .find((r) => r.id === 'online.permanent_residence_counter_only')!;
    const en = describeCondition(rule.conditions, pack, 'en');
    expect(en.text).toBe('All of the following hold');
    expect(en.children![1]!.text).toMatch(/^Procedure equals Permission for permanent residence/i);
    const ja = describeCondition(rule.conditions, pack, 'ja');
    expect(ja.children![1]!.text).toContain('申請の種類が次と等しい');
  });
});
