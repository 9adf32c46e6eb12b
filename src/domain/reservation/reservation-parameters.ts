import type { ValueInForce } from '../parameters/parameter-values';
import type { ReservationSystem } from './reservation-system';

/** How a deadline is counted back from the reserved day (see docs/adr/0005). */
export interface DeadlineSpec {
  /** calendar_days: 前日 / 前々日 as calendar days; open_days: 予約日前開庁日. */
  count: 'calendar_days' | 'open_days';
  before: number;
  /** Last minute (HH:MM, Asia/Tokyo) at which the action is still accepted, inclusive. */
  lastMinute: string;
}

export interface ReservationParams {
  daysShown: number;
  slotTimes: string[];
  closedSlots: string[];
  slotMinutes: number;
  casesPerSlot: number;
  slotsPerBooker: number;
  deadlines: { book: DeadlineSpec; change: DeadlineSpec; cancel: DeadlineSpec };
}

const KEYS: Record<keyof ReservationParams, string> = {
  daysShown: 'days_shown',
  slotTimes: 'slot_times',
  closedSlots: 'closed_slots',
  slotMinutes: 'slot_minutes',
  casesPerSlot: 'cases_per_slot',
  slotsPerBooker: 'slots_per_booker',
  deadlines: 'deadlines',
};

/**
 * The numbers the planner computes with, read from the dated parameters in force.
 * Undefined when any is missing: the system is not in force on that day.
 */
export function reservationParams(
  system: ReservationSystem,
  params: Record<string, ValueInForce>,
): ReservationParams | undefined {
  const out: Partial<Record<keyof ReservationParams, unknown>> = {};
  for (const [key, suffix] of Object.entries(KEYS) as [keyof ReservationParams, string][]) {
    const v = params[`${system.params}.${suffix}`];
    if (!v) return undefined;
    out[key] = v.value;
  }
  return out as ReservationParams;
}
