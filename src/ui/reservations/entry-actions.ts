import type { Lang } from '../../domain/model/localized';
import type { PlanOutcome } from '../../services/reservation-planner-service';
import type { WriteRequest } from '../../sync/types';
import { cancelRequest, changeRequest, cleanFiler, filerKeyOf } from './planner-requests';
import type { ReservationEntry } from './reservation-entries';
import type { ReservationsModel } from './reservations-model.svelte';

/** change: move the whole reservation to the chosen slot; cancel: all or some cases. */
export type EntryAction =
  { kind: 'change'; date: string; time: string } | { kind: 'cancel'; cases?: number[] };

function plannerRequest(model: ReservationsModel, entry: ReservationEntry, action: EntryAction) {
  const ctx = model.context(model.filer!);
  return action.kind === 'change'
    ? changeRequest(ctx, entry.id, { date: action.date, time: action.time, cases: entry.cases })
    : cancelRequest(ctx, entry.id, action.cases);
}

/** The planner's answer to a change or cancellation of this entry at this instant. */
export function checkEntryAction(
  model: ReservationsModel,
  entry: ReservationEntry,
  action: EntryAction,
  lang: Lang,
): Promise<PlanOutcome> {
  return model.plan(plannerRequest(model, entry, action), lang);
}

/**
 * Checks again, then queues the write. A booking still in the outbox has no server id yet:
 * the write names it by its idempotency key (afterKey) and the adapter sends it after it.
 */
export async function sendEntryAction(
  model: ReservationsModel,
  entry: ReservationEntry,
  action: EntryAction,
  lang: Lang,
): Promise<PlanOutcome> {
  const outcome = await checkEntryAction(model, entry, action, lang);
  if (outcome.kind !== 'reply' || !outcome.reply.allowed || !model.filer) return outcome;
  const request: WriteRequest = {
    system: model.system,
    filer: cleanFiler(model.filer),
    filerKey: filerKeyOf(model.filer),
    ...(entry.reservationId ? { reservationId: entry.reservationId } : { afterKey: entry.key! }),
    ...(action.kind === 'change'
      ? { booking: { date: action.date, time: action.time, cases: entry.cases } }
      : action.cases && action.cases.length > 0
        ? { cancelCases: action.cases }
        : {}),
  };
  await model.sync.enqueue(action.kind, request);
  return outcome;
}
