import { isPending, orderOf, readyTarget } from './outbox-order';
import { sendItem, type SendContext } from './outbox-sender';
import { epochOf, isoOf } from './sync-clock';
import type { SyncStore } from './types';

export interface PassResult {
  /** Set after an attempt without an answer: nothing more is sent before this instant. */
  pausedUntil?: number;
  /** An answer released an item that had been skipped earlier in the pass. */
  rerun: boolean;
}

/**
 * Sends every due item once, in creation order, and stops at the first one without an answer:
 * the endpoint is then unreachable or failing, and later writes must not overtake it.
 */
export async function runPass(ctx: SendContext, store: SyncStore): Promise<PassResult> {
  const now = ctx.clock.now();
  let waiting = false;
  let rerun = false;
  for (const item of (await store.all()).sort(orderOf)) {
    if (!isPending(item) || (item.nextAttemptAt && epochOf(item.nextAttemptAt) > now)) continue;
    const target = await readyTarget(item, store);
    if (target.kind === 'wait') {
      waiting = true;
      continue;
    }
    if (target.kind === 'void') {
      const gone = { ...item, state: 'cancelled' as const, nextAttemptAt: null };
      await ctx.save({ ...gone, lastError: target.why, updatedAt: isoOf(now) });
      continue;
    }
    const done = await sendItem(ctx, item, target.id);
    if (done.state === 'sent') return { pausedUntil: epochOf(done.nextAttemptAt!), rerun };
    if (waiting && done.state === 'confirmed') rerun = true;
  }
  return { rerun };
}

/** After a reload, an item caught in `sending` may have reached the server: it is `sent`. */
export async function recoverInterrupted(store: SyncStore): Promise<void> {
  for (const item of await store.all()) {
    if (item.state === 'sending') await store.put({ ...item, state: 'sent' });
  }
}

/** The browser's own view; Node has no navigator.onLine and counts as online. */
export const browserOffline = (): boolean =>
  (globalThis as { navigator?: Navigator }).navigator?.onLine === false;
