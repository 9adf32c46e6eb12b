/** Where timestamps come from; tests pass a fixed one. */
export type Clock = () => string;

/**
 * An ISO 8601 instant in UTC with fixed milliseconds ("2026-11-23T01:00:00.123Z"): sorts as
 * text. Only the clock is read here (no date arithmetic), so the first screen does not
 * need the Temporal polyfill.
 */
export const systemClock: Clock = () => new Date().toISOString();
