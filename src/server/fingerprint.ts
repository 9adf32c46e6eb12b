import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same body always prints the same way. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What an Idempotency-Key was first used for: the operation, its target and the body. A repeat
 * with the same fingerprint is a replay; a different one is a key reused by mistake.
 */
export function fingerprint(operation: string, target: string | undefined, body: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${target ?? ''}\n${canonical(body)}`)
    .digest('hex');
}
