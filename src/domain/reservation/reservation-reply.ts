import type { Confidence, ResolvedSource } from '../model/citation';
import type { Explanation } from '../model/report';
import type { Severity } from '../model/rule';
import type { QuotaState } from './held-slots';
import type { ReservationAction, ReservationSystemId } from './reservation-request';

/** Last minutes (2020-12-14T11:59+09:00) at which each action is still accepted. */
export interface ReservationDeadlines {
  book: string | null;
  change: string | null;
  cancel: string | null;
}

export interface SlotOffer {
  date: string;
  time: string;
  ends: string;
  /** Capacity left as the endpoint reported it; null when no availability was given. */
  remaining: number | null;
  /** Cases the booker may still put in this slot. */
  casesAvailable: number;
  /** Whether taking this slot stays within the booker's slot quota. */
  withinQuota: boolean;
  deadlines: ReservationDeadlines;
}

export interface ReservationFinding {
  id: string;
  severity: Severity;
  /** held: the rule applies; needs_input: it cannot be decided until `needs` are given. */
  outcome: 'held' | 'needs_input';
  message: string;
  source: ResolvedSource;
  confidence: Confidence;
  note?: string;
  /** Index of the booking case the finding is about. */
  case?: number;
  needs?: string[];
  explanation: Explanation;
}

export interface ReservationReply {
  system: ReservationSystemId;
  action: ReservationAction;
  at: string;
  allowed: boolean;
  bookableDays: string[];
  slots: SlotOffer[];
  quota: QuotaState & { casesPerSlot: number };
  deadlines: ReservationDeadlines;
  findings: ReservationFinding[];
  needs: string[];
  rulePack: { version: string; rules: number };
}
