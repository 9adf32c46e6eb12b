import { describe, expect, it } from 'vitest';
import { runCase } from '../../src/domain/cases/run-cases';
import { shippedChecker, shippedPack } from '../support/shipped-pack';

// Every rules/*/cases/*.json file becomes a describe block, every case a test.
for (const file of shippedPack().cases) {
  describe(file.file, () => {
    file.cases.forEach((c, i) => {
      it(c.name, async () => {
        const result = await runCase(shippedChecker(), file.file, i, c);
        expect(result.error).toBeUndefined();
        expect(result.mismatches).toEqual([]);
      });
    });
  });
}
