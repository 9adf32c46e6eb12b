import { Temporal } from '@js-temporal/polyfill';

/** A session ends this long after sign-in, whatever happens. */
export const SESSION_LIFETIME = Temporal.Duration.from({ hours: 12 });
/** …or after this long without a request. */
export const IDLE_TIMEOUT = Temporal.Duration.from({ minutes: 30 });
/** Last use is written at most this often: a write per request would cost a commit each. */
export const TOUCH_EVERY = Temporal.Duration.from({ seconds: 60 });

export const COOKIE_NAME = 'zp_session';

export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;

/** Whether a session is still valid at `now`, and whether its last use should be written. */
export function sessionState(s: SessionTimes, now: Temporal.Instant): 'valid' | 'touch' | 'ended' {
  const t = now.epochMilliseconds;
  if (t >= ms(s.expiresAt)) return 'ended';
  const idle = t - ms(s.lastSeenAt);
  if (idle >= IDLE_TIMEOUT.total('milliseconds')) return 'ended';
  return idle >= TOUCH_EVERY.total('milliseconds') ? 'touch' : 'valid';
}

export function newSessionTimes(now: Temporal.Instant): SessionTimes {
  const at = now.toString();
  return { createdAt: at, lastSeenAt: at, expiresAt: now.add(SESSION_LIFETIME).toString() };
}
