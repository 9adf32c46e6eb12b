import { factVocabulary } from '../fields/draft-fields';
import type { Localized } from './localized';

export interface VocabularyTerm extends Localized {
  id: string;
}

/** Stable ids with Japanese and English names (rules/vocabulary.json). */
export interface Vocabulary {
  statuses: VocabularyTerm[];
  procedures: VocabularyTerm[];
  filers: VocabularyTerm[];
  credentials: VocabularyTerm[];
  bureaus: VocabularyTerm[];
  receiptMethods: VocabularyTerm[];
  channels?: VocabularyTerm[];
  acquisitionReasons?: VocabularyTerm[];
}

/** Which vocabulary list the values of a fact come from: draft fields as declared, then derived facts. */
export const FACT_VOCABULARY: Readonly<Record<string, keyof Vocabulary>> = {
  ...factVocabulary(),
  acquisitionReason: 'acquisitionReasons',
  receiptMethodsAllowed: 'receiptMethods',
};

export function termIndex(vocabulary: Vocabulary): Map<string, Map<string, Localized>> {
  const index = new Map<string, Map<string, Localized>>();
  for (const [list, terms] of Object.entries(vocabulary)) {
    if (Array.isArray(terms)) index.set(list, new Map(terms.map((t: VocabularyTerm) => [t.id, t])));
  }
  return index;
}
