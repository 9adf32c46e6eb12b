import type { VocabularyTerm } from '../../domain/model/vocabulary';
import { published, version } from '../../../rules/pack.json';
import { procedures } from '../../../rules/vocabulary.json';

/**
 * What the first screen shows of the shipped rules before they are loaded: the procedures
 * for the filter and the search, and the version for the footer. Only these two small
 * files are in the first download; the pack, its validators and the core come when a
 * screen or a check needs them.
 */
export const SHIPPED_PROCEDURES: readonly VocabularyTerm[] = procedures;
export const SHIPPED_VERSION = { version, published };
