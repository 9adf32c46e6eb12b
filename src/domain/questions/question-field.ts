import type { Localized } from '../model/localized';
import type { Vocabulary } from '../model/vocabulary';

/** What the editor knows of a draft before asking anything else. */
export interface QuestionContext {
  procedure?: string;
  channel?: string;
  filerCategory?: string;
  withProcedures: readonly string[];
  status?: string;
  /** Procedures that may carry companions (param online.companion_hosts when known). */
  companionHosts: readonly string[];
  /** Filers who give a certificate of their own (param online.credential_filers). */
  credentialFilers: readonly string[];
  /** Statuses without a period of stay (param filing_window.statuses_without_period). */
  statusesWithoutPeriod: readonly string[];
}

/**
 * Whether a field can matter for this case:
 * - yes: it can
 * - no: it cannot (e.g. a current status for a COE)
 * - later: it depends on an answer not given yet (e.g. credentials before the filer is chosen)
 */
export type Applicability = 'yes' | 'no' | 'later';

export type FieldKind = 'select' | 'multi' | 'date' | 'text' | 'duration' | 'boolean';

export type FieldGroup = 'case' | 'filer' | 'applicant' | 'declarations';

export interface FixedOption {
  id: string;
  label: Localized;
}

/** Where a select's choices come from: a vocabulary list (optionally some ids of it) or fixed. */
export type OptionSource =
  { list: keyof Vocabulary; ids?: readonly string[] } | { fixed: readonly FixedOption[] };

export interface QuestionField {
  /** JSON pointer of the draft field; also the form control's name. */
  pointer: string;
  kind: FieldKind;
  label: Localized;
  group: FieldGroup;
  options?: OptionSource;
  applies: (ctx: QuestionContext) => Applicability;
  /** Asked whenever it applies; otherwise only when the report needs it or it holds a value. */
  askAlways: (ctx: QuestionContext) => boolean;
}
