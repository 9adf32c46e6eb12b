import { backoffDelay } from './backoff';
import { exchange, TransportError } from './http-client';
import { isoOf } from './sync-clock';
import type { BackoffPolicy, OutboxItem, SyncClock, WriteResult } from './types';
import { isDefiniteAnswer, parseProblem, TRY_LATER, wireRequest } from './wire';

/**
 * After this many attempts in a row with the same failure (the same 5xx, dropped connection or
 * missing reply), retrying on its own is pointless: the item waits for the person instead.
 * Replies that ask to try later (401 signed out, 429 too many) never count.
 */
export const ATTENTION_AFTER = 6;

class TryLater extends TransportError {}

export interface SendContext {
  baseUrl: string;
  fetchFn: typeof fetch;
  clock: SyncClock;
  random: () => number;
  policy: BackoffPolicy;
  timeoutMs: number;
  /** Saves and announces each state the item goes through. */
  save: (item: OutboxItem) => Promise<void>;
}

/**
 * One attempt at one item, always under its own Idempotency-Key. Returns the item as saved
 * afterwards: confirmed or rejected when the server answered, otherwise `sent` with the next
 * attempt planned by capped exponential backoff.
 */
export async function sendItem(
  ctx: SendContext,
  item: OutboxItem,
  targetId?: string,
): Promise<OutboxItem> {
  const sending: OutboxItem = {
    ...item,
    state: 'sending',
    attempts: item.attempts + 1,
    updatedAt: isoOf(ctx.clock.now()),
  };
  await ctx.save(sending);
  const w = wireRequest(item, targetId);
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/json, application/problem+json',
    'Idempotency-Key': item.key,
  };
  let done: OutboxItem;
  try {
    const init = { method: w.method, headers, body: JSON.stringify(w.body) };
    const reply = await exchange(ctx.fetchFn, ctx.baseUrl + w.path, init, ctx.timeoutMs, ctx.clock);
    if (!isDefiniteAnswer(reply.status)) {
      const why = `HTTP ${reply.status}${serverDetail(reply.text)}`;
      throw TRY_LATER.includes(reply.status) ? new TryLater(why) : new TransportError(why);
    }
    const at = isoOf(ctx.clock.now());
    const settled = {
      ...sending,
      nextAttemptAt: null,
      updatedAt: at,
      lastError: undefined,
      failures: undefined,
    };
    if (reply.status < 300) {
      const result = parseResult(reply.text);
      const { id } = result.reservation;
      done = { ...settled, state: 'confirmed', reservationId: id, reservation: result.reservation };
    } else {
      done = { ...settled, state: 'rejected', problem: parseProblem(reply.text, reply.status) };
    }
  } catch (e) {
    const now = ctx.clock.now();
    const next = now + backoffDelay(sending.attempts, ctx.policy, ctx.random);
    const lastError = e instanceof TransportError ? e.message : String(e);
    const same = lastError === item.lastError ? (item.failures ?? 0) + 1 : 1;
    const failures = e instanceof TryLater ? 0 : same;
    const stop = failures >= ATTENTION_AFTER;
    done = {
      ...sending,
      state: stop ? 'attention' : 'sent',
      nextAttemptAt: stop ? null : isoOf(next),
      updatedAt: isoOf(now),
      lastError,
      failures,
    };
  }
  await ctx.save(done);
  return done;
}

/** The server's own words in a failure reply (problem detail), for the person to read. */
function serverDetail(text: string): string {
  try {
    const detail = (JSON.parse(text) as { detail?: unknown }).detail;
    return typeof detail === 'string' && detail !== '' ? `: ${detail.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/** A 2xx whose body is cut or garbled is no answer yet: the replay will bring it whole. */
function parseResult(text: string): WriteResult {
  try {
    const r = JSON.parse(text) as WriteResult;
    if (typeof r?.reservation?.id === 'string') return r;
  } catch {
    // below
  }
  throw new TransportError('incomplete reply');
}
