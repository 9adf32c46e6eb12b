import type { IncomingMessage } from 'node:http';
import { hostAllowed, LOOPBACK_HOSTS } from '../host-check';

const LOOPBACK_ADDRESS =
  /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * A request made on this machine by the app on this endpoint's own origin: loopback socket,
 * a loopback `Host` (not a rebound DNS name) and an `Origin` naming that same host. Whoever can
 * send one can also open the store file, so the embedded endpoint of `npm start` activates
 * such a sign-up at once (ADR 12). A non-browser client can forge both headers, but not the
 * socket address; a reverse proxy on the same machine is the case ADR 12 rules out.
 */
export function isLocalRequest(req: IncomingMessage): boolean {
  if (!LOOPBACK_ADDRESS.test(req.socket.remoteAddress ?? '')) return false;
  if (!hostAllowed(req, LOOPBACK_HOSTS)) return false;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
