import type { RulePack } from '../../domain/model/rule-pack';
import { neverFiringRules } from './never-fires';
import { overlappingRules } from './overlapping-rules';
import { parameterGaps } from './parameter-gaps';
import type { StaticFinding } from './static-finding';
import { uncoveredCombinations } from './uncovered-combinations';
import { unusedParameters } from './unused-parameters';

/** Every static check on a loaded pack; `date` is the day the combination check looks at. */
export function runStaticChecks(pack: RulePack, date: string): StaticFinding[] {
  return [
    ...uncoveredCombinations(pack, date),
    ...overlappingRules(pack),
    ...parameterGaps(pack),
    ...unusedParameters(pack),
    ...neverFiringRules(pack),
  ];
}
