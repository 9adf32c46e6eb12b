import { isPending } from './outbox-order';
import { isoOf } from './sync-clock';
import type { OutboxItem, SyncClock, SyncStore } from './types';

const ANSWERED = new Set(['confirmed', 'rejected', 'cancelled', 'attention']);

export interface ActionContext {
  store: SyncStore;
  clock: SyncClock;
  save: (item: OutboxItem) => Promise<void>;
}

/**
 * Makes a pending item due now, or puts one that needs attention back in the automatic flow
 * (with a fresh count of failures); false for an item that was answered.
 */
export async function makeDue(ctx: ActionContext, key: string): Promise<boolean> {
  const item = await ctx.store.get(key);
  if (!item) return false;
  const now = isoOf(ctx.clock.now());
  if (item.state === 'attention') {
    await ctx.save({ ...item, state: 'sent', failures: 0, nextAttemptAt: now, updatedAt: now });
    return true;
  }
  if (!isPending(item)) return false;
  await ctx.save({ ...item, nextAttemptAt: now });
  return true;
}

/** Withdraws an item that never left the device; one that was sent may already be booked. */
export async function withdraw(ctx: ActionContext, key: string): Promise<boolean> {
  const item = await ctx.store.get(key);
  if (!item || item.state !== 'queued' || item.attempts > 0) return false;
  const at = isoOf(ctx.clock.now());
  await ctx.save({ ...item, state: 'cancelled', nextAttemptAt: null, updatedAt: at });
  return true;
}

/**
 * Removes an answered item from the list, or one that needs attention (the person discards it:
 * it may or may not have been booked, which the reservation list then shows); pending items
 * stay until the server answers.
 */
export async function removeAnswered(ctx: ActionContext, key: string): Promise<boolean> {
  const item = await ctx.store.get(key);
  if (!item || !ANSWERED.has(item.state)) return false;
  await ctx.store.delete(key);
  return true;
}
