import { loadRulePack } from '../domain/loading/load-rule-pack';
import type { RulePack } from '../domain/model/rule-pack';
import { PROJECT_ROOT } from './project-root';
import { readRuleFiles } from './read-rule-files';

/** The rule pack under the project's rules/ folder; throws RulePackError listing every problem. */
export function loadShippedPack(): RulePack {
  return loadRulePack(readRuleFiles(PROJECT_ROOT));
}
