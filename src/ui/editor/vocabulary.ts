import type { Vocabulary } from '../../domain/model/vocabulary';
import shipped from '../../../rules/vocabulary.json';

/** The shipped vocabulary (rules/vocabulary.json): ids with Japanese and English names. */
export const SHIPPED_VOCABULARY: Vocabulary = shipped as Vocabulary;
