import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/domain/evaluation/checker';
import type { Draft } from '../../src/domain/model/draft';
import type { Lang } from '../../src/domain/model/localized';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import { EngineChecker } from '../bench/baseline/engine-checker';
import { shippedPack } from '../support/shipped-pack';

// Every draft of every rule case, in both languages, through the compiled core and through the
// previous path (json-rules-engine plus the Kleene re-evaluation, same facts, same report
// assembly): the full reports must be identical. Reading the cases at run time keeps this
// valid while rules and cases change.
const pack = shippedPack();
const core = new Checker(pack);
const engine = new EngineChecker(pack);
const LANGS: readonly Lang[] = ['ja', 'en'];

describe('compiled core and json-rules-engine path give identical reports', () => {
  for (const file of pack.cases) {
    it(file.file, async () => {
      let compared = 0;
      for (const c of file.cases) {
        for (const lang of LANGS) {
          const options = { asOf: parseInstant(c.asOf), lang };
          const expected = await engine.check(c.draft as Draft, options);
          const actual = core.checkNow(c.draft as Draft, options);
          // Serialised, so key order and every field count, as in the CLI's output.
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            expect(actual, `${file.file}: ${c.name} (${lang})`).toEqual(expected);
            expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
          }
          compared++;
        }
      }
      expect(compared).toBe(file.cases.length * 2);
    });
  }
});
