import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isLocalRequest } from '../../src/server/auth/local-request';

const req = (remoteAddress: string, headers: Record<string, string>) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

// The rule that lets the embedded endpoint activate a sign-up at once (ADR 12).
describe('a sign-up from the app on this machine', () => {
  it('is one from loopback, to a loopback host, with the Origin of that host', () => {
    const app = { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' };
    expect(isLocalRequest(req('127.0.0.1', app))).toBe(true);
    expect(isLocalRequest(req('::ffff:127.0.0.1', app))).toBe(true);
    const local = { host: 'localhost:5173', origin: 'http://localhost:5173' };
    expect(isLocalRequest(req('::1', local))).toBe(true);
    expect(isLocalRequest(req('::1', { host: '[::1]:5173', origin: 'http://[::1]:5173' }))).toBe(
      true,
    );
  });

  it('is not one from another machine, a rebound DNS name, another port or without Origin', () => {
    const app = { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' };
    expect(isLocalRequest(req('192.168.1.20', app))).toBe(false);
    expect(isLocalRequest(req('10.0.0.1', app))).toBe(false);
    // DNS rebinding: the browser is on this machine, but the page's name is the attacker's.
    const rebound = { host: 'evil.example:5173', origin: 'http://evil.example:5173' };
    expect(isLocalRequest(req('127.0.0.1', rebound))).toBe(false);
    // Another localhost port is the same site, not this app.
    const port = { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:8080' };
    expect(isLocalRequest(req('127.0.0.1', port))).toBe(false);
    expect(isLocalRequest(req('127.0.0.1', { host: '127.0.0.1:5173' }))).toBe(false);
    expect(isLocalRequest(req('127.0.0.1', { host: '127.0.0.1:5173', origin: 'null' }))).toBe(
      false,
    );
  });
});
