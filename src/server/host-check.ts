import type { IncomingMessage } from 'node:http';

/** Names a standalone endpoint answers to unless configured: loopback only. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** `--allowed-hosts a.example,b.example` (any port); `*` turns the check off. */
export function parseAllowedHosts(text: string | undefined): string[] {
  if (text === undefined) return LOOPBACK_HOSTS;
  const hosts = text
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (hosts.length === 0) throw new Error('--allowed-hosts: give host names, or * for any');
  return hosts;
}

/**
 * Whether the request's Host header names this server. A page on another name that resolves
 * to 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 */
export function hostAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  const host = req.headers.host;
  if (!host) return false;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(host);
  return m !== null && allowed.includes(m[1]!.toLowerCase());
}
