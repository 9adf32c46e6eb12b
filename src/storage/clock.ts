import { Temporal } from '@js-temporal/polyfill';

/** Where timestamps come from; tests pass a fixed one. */
export type Clock = () => string;

/** An ISO 8601 instant in UTC ("2026-11-23T01:00:00.123Z"): sorts as text, no Date arithmetic. */
export const systemClock: Clock = () => Temporal.Now.instant().toString();
