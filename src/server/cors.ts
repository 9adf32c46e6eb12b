import type { IncomingMessage } from 'node:http';

/** `--cors https://app.example,https://other.example` or `*`; absent: same origin only. */
export function parseCors(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

/**
 * CORS headers for a request from an allowed origin (the origin is echoed, never a list), and
 * none otherwise: the browser then keeps the reply from a page of another origin.
 */
export function corsHeaders(
  req: IncomingMessage,
  allowed: readonly string[],
): Record<string, string> {
  if (allowed.length === 0) return {};
  const origin = req.headers.origin;
  const any = allowed.includes('*');
  if (!any && (!origin || !allowed.includes(origin))) return {};
  return {
    'Access-Control-Allow-Origin': any ? '*' : origin!,
    'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language, Authorization',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'Idempotent-Replayed',
    Vary: 'Origin',
  };
}
