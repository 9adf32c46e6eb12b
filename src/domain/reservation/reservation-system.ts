import type { ReservationSystemId } from './reservation-request';

/** Where a reservation system's rules, parameters and calendar live in the rule pack. */
export interface ReservationSystem {
  id: ReservationSystemId;
  /** Rule set folder under rules/ (subject "reservation"). */
  ruleSet: string;
  /** Prefix of its parameter names: `<prefix>.days_shown`, `<prefix>.deadlines`, ... */
  params: string;
  /** Bureau whose calendar (extra closures) applies. */
  bureau: string;
  /** Document cited when the system is not in force on the requested day. */
  document: string;
}

export const RESERVATION_SYSTEMS: Readonly<Record<ReservationSystemId, ReservationSystem>> = {
  tokyo_application: {
    id: 'tokyo_application',
    ruleSet: 'reservation-tokyo',
    params: 'reservation_tokyo',
    bureau: 'tokyo',
    document: 'tokyo-reservation-2020',
  },
  osaka_issuance: {
    id: 'osaka_issuance',
    ruleSet: 'reservation-osaka',
    params: 'reservation_osaka',
    bureau: 'osaka',
    document: 'osaka-issuance-reservation',
  },
};
