/**
 * What a partly broken pack could not load. Semantic checks still run on everything else
 * (so every error is listed at once), but they do not report names as unknown when the
 * place that defines them is broken: that error is already listed where it is.
 */
export interface PackGaps {
  /** Rules that failed their schema, as "<file>#/rules/<index>": left out of every check. */
  brokenRules: Set<string>;
  /** Parameters defined in a file or entry that failed its schema. */
  brokenParameters: Set<string>;
  /** A parameters file could not be read at all: any parameter name may be defined there. */
  parametersUnknown: boolean;
  /** sources.json failed its schema: document ids are taken from it as written. */
  documentIds?: Set<string>;
  /** vocabulary.json is missing: ids are not checked. */
  vocabularyMissing: boolean;
}

export function noGaps(): PackGaps {
  return {
    brokenRules: new Set(),
    brokenParameters: new Set(),
    parametersUnknown: false,
    vocabularyMissing: false,
  };
}
