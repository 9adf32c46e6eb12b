import type { FactTable } from '../facts/fact-table';
import { PARAM_PREFIX, type ValueInForce } from '../parameters/parameter-values';
import type { ReservationParams } from './reservation-parameters';
import type { ReservationSystem } from './reservation-system';
import type { ReservationSystemId } from './reservation-request';

/** Slot start times an endpoint's operator runs; every listed time takes bookings. */
export type SlotScheduleSettings = Partial<Record<ReservationSystemId, string[]>>;

export interface ScheduleInForce {
  params: ReservationParams;
  /** Confirmed: set by the operator, or a pack value that is not an interpretation. */
  slotTimesConfirmed: boolean;
  closedSlotsConfirmed: boolean;
}

const confirmed = (v: ValueInForce | undefined): boolean =>
  v !== undefined && v.confidence !== 'interpretation';

/**
 * Slot times no source states (Osaka's hours, a lunch closure read from a sample table) may
 * not refuse a booking by themselves: rules warn unless the schedule is confirmed. An
 * operator's schedule replaces the pack's and is confirmed, so its endpoint enforces it.
 */
export function scheduleInForce(
  system: ReservationSystem,
  params: ReservationParams,
  paramValues: Record<string, ValueInForce>,
  settings: SlotScheduleSettings,
): ScheduleInForce {
  const configured = settings[system.id];
  if (configured) {
    return {
      params: { ...params, slotTimes: [...configured], closedSlots: [] },
      slotTimesConfirmed: true,
      closedSlotsConfirmed: true,
    };
  }
  return {
    params,
    slotTimesConfirmed: confirmed(paramValues[`${system.params}.slot_times`]),
    closedSlotsConfirmed: confirmed(paramValues[`${system.params}.closed_slots`]),
  };
}

/** The schedule as facts: rules and messages see the times actually offered. */
export function setScheduleFacts(facts: FactTable, system: ReservationSystem, s: ScheduleInForce) {
  facts.set('slotTimesConfirmed', s.slotTimesConfirmed);
  facts.set('closedSlotsConfirmed', s.closedSlotsConfirmed);
  facts.set(`${PARAM_PREFIX}${system.params}.slot_times`, s.params.slotTimes);
  facts.set(`${PARAM_PREFIX}${system.params}.closed_slots`, s.params.closedSlots);
}

/** `HH:MM`, 00:00–23:59. */
export const SLOT_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
