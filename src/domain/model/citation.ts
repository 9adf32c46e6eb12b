import type { Localized } from './localized';

export type Confidence = 'official' | 'secondary' | 'interpretation';

/** Where a rule or a dated value comes from; `document` is an id from rules/sources.json. */
export interface Citation {
  document: string;
  section: string;
  url?: string;
}

export interface SourceDocument {
  id: string;
  title: Localized;
  issuer: string;
  date: string;
  url?: string;
  file?: string;
}

/** A citation resolved against the document registry, as reports show it. */
export interface ResolvedSource extends Citation {
  title: Localized;
  issuer: string;
  date: string;
}
