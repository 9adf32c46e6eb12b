import { expect, it } from 'vitest';
import { shippedPack } from '../support/shipped-pack';
import { runDifferential } from './differential/differential';

// The full differential run: 10,000 generated drafts (another seed than the fast suite), every
// rule outcome compared with json-rules-engine's; see differential/differential.ts.
it(
  'the compiled evaluator agrees with json-rules-engine on 10,000 generated drafts',
  { timeout: 600_000 },
  async () => {
    const counts = await runDifferential(shippedPack(), {
      drafts: 10_000,
      seed: 11,
      completions: 12,
      engineCompletions: 1,
    });
    console.log('differential (10,000 drafts):', {
      ...counts,
      differences: counts.differences.length,
    });
    expect(counts.differences).toEqual([]);
    expect(counts.drafts).toBe(10_000);
  },
);
