import type { Lang } from '../model/localized';
import type { FactTable } from './fact-table';
import { INPUT_FACTS } from './input-facts';

/** Policy lists that decide whether some answers apply (dated parameters). */
export interface ApplicabilityLists {
  /** filing_window.statuses_without_period */
  statusesWithoutPeriod?: readonly string[];
  /** online.credential_filers */
  credentialFilers?: readonly string[];
}

const PERIOD_FACTS = ['periodOfStay', 'stayExpires'];
const CREDENTIAL_FACTS = ['credentialKind', 'credentialNumber', 'credentialExpires'];
const LABELS = new Map(INPUT_FACTS.map((f) => [f.name, f.label]));

/**
 * Some answers do not apply to a draft: a permanent resident has no period of stay, company
 * staff file without a certificate of their own. Such an answer is never an input error: it
 * becomes a known "none" for the rules, and `ignoredFields` names it so the report can say
 * so. The draft itself keeps the value.
 */
export function deriveApplicability(facts: FactTable, lists: ApplicabilityLists, lang: Lang): void {
  const ignored: string[] = [];
  const drop = (names: readonly string[]) => {
    for (const name of names) {
      if (facts.isKnown(name)) ignored.push(LABELS.get(name)?.[lang] ?? name);
      facts.set(name, null);
    }
  };

  if (facts.requires('statusHasPeriodOfStay', ['status'])) {
    const has = !(lists.statusesWithoutPeriod ?? []).includes(facts.get<string>('status')!);
    facts.set('statusHasPeriodOfStay', has);
    if (!has) drop(PERIOD_FACTS);
  }
  if (facts.requires('filerHoldsCredential', ['filerCategory'])) {
    const holds = (lists.credentialFilers ?? []).includes(facts.get<string>('filerCategory')!);
    facts.set('filerHoldsCredential', holds);
    if (!holds) drop(CREDENTIAL_FACTS);
  }
  const open = ['statusHasPeriodOfStay', 'filerHoldsCredential'].filter((f) => !facts.isKnown(f));
  if (ignored.length === 0 && open.length > 0) {
    // Nothing ignored yet, but the status or the filer could still make an answer not apply:
    // "none ignored" would not hold for every answer to come. Not asked for: only a note.
    const pointers = open.flatMap((f) => facts.unknown.get(f)?.pointers ?? []);
    facts.markUnknown('ignoredFields', pointers, 'not_checked');
    return;
  }
  facts.set('ignoredFields', ignored);
}
