import type { RulePack } from '../model/rule-pack';
import { checkRulePack, type CheckOptions, type RuleFiles } from './check-rule-pack';
import { RulePackError } from './rule-file-error';

export type { RuleFiles } from './check-rule-pack';

/**
 * Validates every file against its schema and the pack as a whole (unknown facts,
 * operators, parameters, documents, duplicate ids, ranges, depth, overlapping versions),
 * then returns the pack. All problems are thrown together as a RulePackError.
 */
export function loadRulePack(files: RuleFiles, options?: CheckOptions): RulePack {
  const { pack, errors } = checkRulePack(files, options);
  if (errors.length > 0) throw new RulePackError(errors);
  return pack;
}
