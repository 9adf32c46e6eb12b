import type { Citation, ResolvedSource, SourceDocument } from '../model/citation';

/** Adds the document's title, issuer and date to a citation, as reports show it. */
export function resolveSource(
  citation: Citation,
  documents: ReadonlyMap<string, SourceDocument>,
): ResolvedSource {
  const doc = documents.get(citation.document);
  return {
    ...citation,
    url: citation.url ?? doc?.url,
    title: doc?.title ?? { ja: citation.document, en: citation.document },
    issuer: doc?.issuer ?? '',
    date: doc?.date ?? '',
  };
}
