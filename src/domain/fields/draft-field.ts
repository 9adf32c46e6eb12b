import type { MissingPolicy } from '../facts/input-facts';
import type { Localized } from '../model/localized';
import type { Vocabulary } from '../model/vocabulary';
import type {
  Applicability,
  FieldGroup,
  FieldKind,
  OptionSource,
  QuestionContext,
} from '../questions/question-field';

/** How a CSV cell's text becomes the field's value, when the field's type does not say. */
export type CsvCell =
  | 'text'
  | 'date'
  | 'boolean'
  | 'duration'
  | 'nationality'
  | 'credentialNumber'
  | 'procedureList'
  | { vocabulary: keyof Vocabulary }
  | { choice: 'channel' | 'reentryKind' };

/**
 * One declaration per draft field, in the spirit of an OpenFisca variable: what it is called
 * (fact name and label), its type and vocabulary, where it sits in the draft, what a missing
 * answer means, when the editor asks for it and how a CSV column carries it. The fact
 * catalogue, the editor's questions, the "needs" labels, the rule reference and the CSV
 * layout are all derived from these declarations.
 */
export interface DraftField {
  /** JSON pointer of the field in the draft. */
  pointer: string;
  /** The fact name rules use; absent for fields no rule reads (the applicant's name). */
  fact?: string;
  label: Localized;
  type: 'string' | 'date' | 'duration' | 'list' | 'boolean';
  /** The vocabulary list its ids come from. */
  list?: keyof Vocabulary;
  /** What an empty answer means for the rules (default "ask"); `fallback` for "default". */
  missing?: MissingPolicy;
  fallback?: unknown;
  question: {
    kind: FieldKind;
    group: FieldGroup;
    applies: (ctx: QuestionContext) => Applicability;
    /** Asked whenever it applies (default); otherwise only when a report needs it. */
    askAlways?: (ctx: QuestionContext) => boolean;
    /** Choices other than the whole vocabulary list. */
    options?: OptionSource;
  };
  csv: {
    /** Stable key, also the English header of the template. */
    key: string;
    /** Japanese header of the template. */
    ja: string;
    aliases?: string[];
    /** How the cell is read, when the type and the list do not say it. */
    cell?: CsvCell;
  };
}
