import type { Citation, ResolvedSource, SourceDocument } from '../model/citation';

// Every finding of a rule cites the same source: resolved once per citation and document
// registry, frozen so that the reports sharing it cannot change it for one another.
const resolved = new WeakMap<
  Citation,
  { documents: ReadonlyMap<string, SourceDocument>; source: ResolvedSource }
>();

/** Adds the document's title, issuer and date to a citation, as reports show it. */
export function resolveSource(
  citation: Citation,
  documents: ReadonlyMap<string, SourceDocument>,
): ResolvedSource {
  const kept = resolved.get(citation);
  if (kept?.documents === documents) return kept.source;
  const doc = documents.get(citation.document);
  const source: ResolvedSource = Object.freeze({
    ...citation,
    url: citation.url ?? doc?.url,
    title: Object.freeze(doc?.title ?? { ja: citation.document, en: citation.document }),
    issuer: doc?.issuer ?? '',
    date: doc?.date ?? '',
  });
  resolved.set(citation, { documents, source });
  return source;
}
