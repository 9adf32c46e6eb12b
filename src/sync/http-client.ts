import type { SyncClock } from './types';

/** No definite answer: unreachable, dropped, or slower than the time limit. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
}

export interface HttpReply {
  status: number;
  text: string;
}

/**
 * One HTTP exchange with a time limit covering headers and body. A reply that arrives too late
 * is abandoned and counts as none: the outbox retries it with the same key.
 */
export async function exchange(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  clock: SyncClock,
): Promise<HttpReply> {
  const abort = new AbortController();
  let timedOut = false;
  const timer = clock.setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    const res = await fetchFn(url, { ...init, signal: abort.signal });
    return { status: res.status, text: await res.text() };
  } catch (e) {
    if (timedOut) throw new TransportError(`no reply within ${timeoutMs} ms`);
    throw new TransportError(`network: ${(e as Error).message}`);
  } finally {
    clock.clearTimeout(timer);
  }
}
