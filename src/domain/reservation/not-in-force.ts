import type { Temporal } from '@js-temporal/polyfill';
import { resolveSource } from '../evaluation/source-resolver';
import type { Lang } from '../model/localized';
import type { RulePack } from '../model/rule-pack';
import type { ReservationReply } from './reservation-reply';
import type { ReservationRequest } from './reservation-request';
import type { ReservationSystem } from './reservation-system';

const MESSAGE: Record<Lang, string> = {
  ja: 'この予約システムは指定された日時には運用されていません（まだ始まっていないか、運用の日程・枠が分かっていません）。',
  en: 'This reservation system is not in operation at the given time (it had not started yet, or its days and slots for that time are not known).',
};

/** Before a system's first dated values (or without its rule set) nothing can be booked. */
export function notInForceReply(
  req: ReservationRequest,
  at: Temporal.ZonedDateTime,
  system: ReservationSystem,
  pack: RulePack,
  lang: Lang,
): ReservationReply {
  return {
    system: req.system,
    action: req.action,
    at: at.toString({ timeZoneName: 'never' }),
    allowed: false,
    bookableDays: [],
    slots: [],
    quota: { limit: 0, held: 0, remaining: 0, freesAt: null, casesPerSlot: 0 },
    deadlines: { book: null, change: null, cancel: null },
    findings: [
      {
        id: 'reservation.not_in_force',
        severity: 'block',
        outcome: 'held',
        message: MESSAGE[lang],
        source: resolveSource({ document: system.document, section: '1' }, pack.documents),
        confidence: 'official',
        explanation: { text: MESSAGE[lang], conditions: [] },
      },
    ],
    needs: [],
    rulePack: { version: pack.version, rules: 0 },
  };
}
