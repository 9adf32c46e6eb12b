import type { BackoffPolicy } from './types';

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 5 * 60 * 1000, jitter: 0.5 };

/**
 * Delay before retry number `attempt` (1 = after the first failure): base · 2^(attempt−1),
 * capped, then shortened by up to `jitter` of itself so many clients that lost the network
 * together do not come back in the same millisecond.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  // 2 ** 1024 is Infinity; min() keeps it finite.
  const full = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(exponent, 52));
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  return Math.round(full * (1 - jitter * random()));
}
