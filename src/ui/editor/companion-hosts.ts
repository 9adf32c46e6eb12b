import type { RulePack } from '../../domain/model/rule-pack';
import { valueInForce } from '../../domain/parameters/parameter-values';
import { DEFAULT_COMPANION_HOSTS } from '../../domain/questions/select-questions';
import { tokyoDay } from '../report/timeline';

/**
 * The procedures that may carry companions on the as-of day, from the pack's dated parameter
 * online.companion_hosts, so the form follows a policy change without a code change.
 */
export function companionHostsOn(pack: RulePack, asOfInstant: string): readonly string[] {
  const def = pack.parameters.get('online.companion_hosts');
  const value = def ? valueInForce(def, tokyoDay(asOfInstant))?.value : undefined;
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? value
    : DEFAULT_COMPANION_HOSTS;
}
