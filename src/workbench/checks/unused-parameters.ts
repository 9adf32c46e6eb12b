import type { RulePack } from '../../domain/model/rule-pack';
import { pointerJoin } from '../../domain/loading/rule-file-error';
import { CODE_READ_PARAMETERS } from '../code-read-parameters';
import { parametersNamed } from '../condition-walk';
import type { StaticFinding } from './static-finding';

/**
 * Parameters no rule names (in conditions or message placeholders) and no formula of the
 * core reads: changing them changes nothing, which is rarely what the editor intended.
 */
export function unusedParameters(pack: RulePack): StaticFinding[] {
  const used = new Set<string>(CODE_READ_PARAMETERS);
  for (const set of pack.ruleSets) {
    for (const rule of set.rules) {
      for (const p of parametersNamed(rule.conditions, [rule.message.ja, rule.message.en]))
        used.add(p);
    }
  }
  return [...pack.parameters.values()]
    .filter((def) => !used.has(def.name))
    .map((def) => ({
      check: 'unused-parameter' as const,
      level: 'info' as const,
      file: def.file,
      pointer: pointerJoin('/parameters', def.name),
      text: {
        ja: `パラメータ ${def.name} はどのルールからも計算からも使われていません。`,
        en: `Parameter ${def.name} is used by no rule and no calculation.`,
      },
    }));
}
