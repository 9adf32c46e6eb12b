import type { RulePack } from '../../domain/model/rule-pack';
import { valueInForce } from '../../domain/parameters/parameter-values';
import {
  DEFAULT_QUESTION_LISTS,
  type QuestionLists,
} from '../../domain/questions/select-questions';
import { tokyoDay } from '../report/timeline';

const PARAMETERS: Record<keyof QuestionLists, string> = {
  companionHosts: 'online.companion_hosts',
  credentialFilers: 'online.credential_filers',
  statusesWithoutPeriod: 'filing_window.statuses_without_period',
};

/**
 * The lists that decide which fields the form asks on the as-of day (procedures that carry
 * companions, filers with a certificate, statuses without a period of stay), from the pack's
 * dated parameters, so the form follows a policy change without a code change.
 */
export function questionListsOn(pack: RulePack, asOfInstant: string): QuestionLists {
  const day = tokyoDay(asOfInstant);
  const list = (key: keyof QuestionLists): readonly string[] => {
    const def = pack.parameters.get(PARAMETERS[key]);
    const value = def ? valueInForce(def, day)?.value : undefined;
    return Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? value
      : DEFAULT_QUESTION_LISTS[key];
  };
  return {
    companionHosts: list('companionHosts'),
    credentialFilers: list('credentialFilers'),
    statusesWithoutPeriod: list('statusesWithoutPeriod'),
  };
}
