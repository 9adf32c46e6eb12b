import { expect, it } from 'vitest';
import { shippedPack } from '../support/shipped-pack';
import { runDifferential } from './differential/differential';

// A few hundred generated drafts in the fast suite; differential-full.test.ts runs 10,000.
it('the compiled evaluator agrees with json-rules-engine on generated drafts', async () => {
  const counts = await runDifferential(shippedPack(), {
    drafts: 300,
    seed: 20261201,
    completions: 24,
    engineCompletions: 2,
  });
  console.log('differential (fast):', { ...counts, differences: counts.differences.length });
  expect(counts.differences).toEqual([]);
  expect(counts.partialDrafts).toBeGreaterThan(50);
  expect(counts.unknownJustified).toBeGreaterThan(100);
});
