import { Checker } from '../../src/domain/evaluation/checker';
import type { RulePack } from '../../src/domain/model/rule-pack';
import { loadShippedPack } from '../../src/cli/load-shipped-pack';

let pack: RulePack | undefined;
let checker: Checker | undefined;

/** The real rules/ folder, loaded once per test file. */
export function shippedPack(): RulePack {
  return (pack ??= loadShippedPack());
}

export function shippedChecker(): Checker {
  return (checker ??= new Checker(shippedPack()));
}
