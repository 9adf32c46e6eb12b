import type { Lang } from '../model/localized';
import type { ReservationDeadlines } from './reservation-reply';
import type { ReservationRequest } from './reservation-request';

/** What a reservation reply must say (rules/schema/reservation-case.schema.json). */
export interface ReservationExpectation {
  allowed?: boolean;
  bookableDays?: string[];
  /** Rule ids that must be among the findings. */
  findings?: string[];
  absentFindings?: string[];
  /** Fields the reply must ask for (exact set). */
  needs?: string[];
  deadlines?: Partial<ReservationDeadlines>;
  quota?: { held?: number; remaining?: number; freesAt?: string | null };
  /** Slots that must be offered / must not be offered ("YYYY-MM-DDTHH:MM"). */
  slots?: { count?: number; includes?: string[]; excludes?: string[] };
}

export interface ReservationCase {
  name: string;
  at: string;
  lang?: Lang;
  source?: { document: string; section: string };
  request: ReservationRequest;
  expect: ReservationExpectation;
}

export interface ReservationCaseFile {
  file: string;
  cases: ReservationCase[];
}
