import type { Lang } from '../../domain/model/localized';
import type { PlanOutcome } from '../../services/reservation-planner-service';
import type { OutboxItem } from '../../sync/types';
import { bookRequest, cleanFiler, filerKeyOf } from './planner-requests';
import type { ReservationsModel } from './reservations-model.svelte';

/** The booking on the page as the planner would receive it; null until it is complete. */
function proposedRequest(model: ReservationsModel) {
  const { filer, selected, cases } = model;
  if (!filer || !selected || cases.length === 0) return null;
  const booking = { date: selected.date, time: selected.time, cases: cases.map((c) => c.input) };
  return { filer, booking, req: bookRequest(model.context(filer), booking) };
}

/** Asks the planner whether the booking on the page is allowed now. */
export async function checkBooking(
  model: ReservationsModel,
  lang: Lang,
): Promise<PlanOutcome | null> {
  const proposed = proposedRequest(model);
  if (!proposed) return null;
  return model.plan(proposed.req, lang);
}

/**
 * Checks the booking once more at this instant (a deadline may have passed while the page
 * was open) and only then hands it to the outbox; a refused booking is never sent.
 */
export async function sendBooking(
  model: ReservationsModel,
  lang: Lang,
): Promise<{ outcome: PlanOutcome | null; item?: OutboxItem }> {
  const proposed = proposedRequest(model);
  if (!proposed) return { outcome: null };
  // Taken now: the cases on the page are the ones this booking is for.
  const drafts = model.cases.map((c) => c.draftId);
  const outcome = await model.plan(proposed.req, lang);
  if (outcome.kind !== 'reply' || !outcome.reply.allowed) return { outcome };
  const item = await model.sync.enqueue('book', {
    system: model.system,
    filer: cleanFiler(proposed.filer),
    filerKey: filerKeyOf(proposed.filer),
    booking: proposed.booking,
  });
  await model.rememberBooking(item.key, drafts);
  return { outcome, item };
}
