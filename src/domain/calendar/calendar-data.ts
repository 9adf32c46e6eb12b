// Shape of rules/calendar/closures.json. Keep in step with rules/schema/calendar.schema.json:
// the schema is what policy staff edit against, this type is what the code relies on.

export type Weekday =
  'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export type Confidence = 'official' | 'secondary' | 'interpretation';

export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

export interface SourceCitation {
  readonly document: string;
  readonly section: string;
  readonly url?: string;
}

export interface WeekendRule {
  readonly days: readonly Weekday[];
  readonly source: SourceCitation;
  readonly confidence: Confidence;
  readonly note?: string;
}

export interface YearEndRule {
  /** MM-DD; when later in the year than `to`, the range runs over the new year. */
  readonly from: string;
  /** MM-DD, inclusive. */
  readonly to: string;
  readonly reason: LocalizedText;
  readonly source: SourceCitation;
  readonly confidence: Confidence;
  readonly note?: string;
}

export interface ExtraClosure {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Absent means every bureau is closed. */
  readonly bureaus?: readonly string[];
  readonly reason: LocalizedText;
  readonly source: SourceCitation;
  readonly confidence: Confidence;
  readonly note: string;
}

export interface CalendarData {
  readonly $schema?: string;
  readonly weekend: WeekendRule;
  readonly yearEnd: YearEndRule;
  readonly extra: readonly ExtraClosure[];
}

/** Thrown when calendar data is malformed, or so restrictive that no open day can be found. */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
}
