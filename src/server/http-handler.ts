import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lang } from '../domain/model/localized';
import type { AuthGate } from './auth/auth-gate';
import type { Identity } from './auth/identity';
import { corsHeaders } from './cors';
import { hostAllowed } from './host-check';
import { BodyTooLargeError, declaredTooLarge, readBody, sendAndClose, sendJson } from './http-io';
import { invalid, problem } from './problem';
import type { Outcome, ReservationService } from './reservation-service';
import { route } from './routes';
import { API_CSP, applySecurityHeaders } from './security-headers';

export interface HandlerHooks {
  /**
   * Runs after a request was decided (and any write committed), before the reply is sent.
   * Fault tests delay here or destroy `res.socket` to drop a committed reply.
   */
  beforeRespond?: (
    info: { op: string; key?: string; outcome: Outcome },
    res: ServerResponse,
  ) => unknown;
}

export interface HandlerOptions {
  /** Origins of apps served elsewhere that may call this endpoint (`*`: any); default none. */
  cors?: string[];
  /** Host names this endpoint answers to (DNS rebinding); absent: no check (behind Vite). */
  allowedHosts?: string[];
  hooks?: HandlerHooks;
  /** Where server-side failures are written (with the reference given to the client). */
  logError?: (line: string) => void;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** JSON.parse that refuses NUL in any key or string, naming where. */
function parseJson(text: string): unknown {
  return JSON.parse(text, function (key: string, value: unknown) {
    if (key.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000'))) {
      throw new SyntaxError(`NUL character in "${key.slice(0, 40)}"`);
    }
    return value;
  });
}

function langOf(url: URL, req: IncomingMessage): Lang {
  const q = url.searchParams.get('lang');
  if (q === 'en' || q === 'ja') return q;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'ja';
}

/** The write as the signed-in account's: its filer replaces any filer or key in the body. */
function bindToAccount(input: unknown, who: Identity): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const rest = { ...(input as Record<string, unknown>) };
  delete rest.filerKey;
  const { filer, filerKey } = who.account;
  return { ...rest, filer, ...(filer.credential?.number ? {} : { filerKey }) };
}

const bad = (status: number, message: string, pointer = '') => ({
  status,
  body: invalid([{ pointer, message }], status),
});

/**
 * node:http handler (also Connect middleware) for /api/reservations. Everything a client sends
 * is parsed inside this function's error boundary, and checked in a fixed order: well-formed
 * (400), size (413), then the operation's own checks. A failure of the server itself answers
 * 500 with a reference, never with its message (it may name files); the log has the detail.
 */
export function createApiHandler(
  service: ReservationService,
  gate: AuthGate,
  opts: HandlerOptions = {},
): ApiHandler {
  const logError = opts.logError ?? ((line: string) => console.error(line));

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const cors = corsHeaders(req, opts.cors ?? []);
    if (method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    for (const [name, value] of url.searchParams) {
      // Control characters (NUL above all: PostgreSQL text refuses it) are never part of a query.
      if (CONTROL.test(name) || CONTROL.test(value)) {
        return sendJson(
          res,
          400,
          invalid(
            [{ pointer: `?${name.slice(0, 40)}`, message: 'control characters are not allowed' }],
            400,
          ),
          cors,
        );
      }
    }
    const r = route(method, url.pathname);
    const lang = langOf(url, req);
    const q = (name: string) => url.searchParams.get(name);
    const reply = async (outcome: Outcome, key?: string, extra: Record<string, string> = {}) => {
      await opts.hooks?.beforeRespond?.({ op: r.op, key, outcome }, res);
      if (outcome.replayed) extra['Idempotent-Replayed'] = 'true';
      sendJson(res, outcome.status, outcome.body, { ...cors, ...extra });
    };
    const readJson = async (): Promise<{ input: unknown } | undefined> => {
      try {
        const text = await readBody(req);
        return { input: text.trim() === '' ? {} : parseJson(text) };
      } catch (e) {
        if (e instanceof BodyTooLargeError) {
          sendAndClose(res, 413, problem('too_large', e.message), cors);
        } else await reply(bad(400, `the body is not JSON: ${(e as Error).message}`));
        return undefined;
      }
    };
    const answer = (g: { status: number; body: unknown; headers?: Record<string, string> }) =>
      reply({ status: g.status, body: g.body }, undefined, g.headers);
    switch (r.op) {
      case 'bad_id':
        return reply(bad(400, r.message, 'path'));
      case 'availability':
        return reply(await service.availability(q('system'), q('from'), lang));
      case 'unknown':
        return reply({ status: 404, body: problem('not_found', `no endpoint ${url.pathname}`) });
      case 'method_not_allowed': {
        const p = problem('invalid', `${method} is not allowed here`, { status: 405 });
        return reply({ status: 405, body: p }, undefined, { Allow: r.allow });
      }
    }
    // Sizes before identities: a body too large is refused before any session lookup.
    if (method !== 'GET' && declaredTooLarge(req)) {
      return sendAndClose(res, 413, problem('too_large', new BodyTooLargeError().message), cors);
    }
    const who: Identity | null = await gate.identify(req);
    switch (r.op) {
      case 'whoami':
        return answer(gate.me(who, lang));
      case 'sign_out':
        return answer(await gate.signOut(who));
      case 'sign_in':
      case 'sign_up': {
        const read = await readJson();
        if (!read) return;
        return answer(
          await (r.op === 'sign_in'
            ? gate.signIn(req, read.input, lang)
            : gate.signUp(req, read.input, lang)),
        );
      }
    }
    if (!who) return answer(gate.unauthenticated(lang));
    // The account decides whose reservations these are, never the query or body.
    const filerKey = who.account.filerKey;
    if (r.op === 'list') return reply(await service.list(filerKey, q('system')));
    if (r.op === 'get') return reply(await service.get(r.id, filerKey));
    const refused = gate.checkWrite(req, who, lang);
    if (refused) return answer(refused);
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      return reply(
        bad(400, 'header Idempotency-Key is required on every write (1–255 visible ASCII)'),
      );
    }
    if (!/^application\/(.+\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      return reply(bad(415, 'Content-Type must be application/json'));
    }
    const read = await readJson();
    if (!read) return;
    const input = bindToAccount(read.input, who);
    // Keys are the account's own: another account's key never replays its answer.
    const stored = `${who.account.id} ${key}`;
    return reply(await service.write(r.op, r.id, stored, input, lang), key);
  }

  return (req, res, next) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      applySecurityHeaders(res, API_CSP);
      const target = (req.url ?? '').slice(0, 80);
      return sendAndClose(
        res,
        400,
        invalid([{ pointer: 'path', message: `malformed request target "${target}"` }], 400),
      );
    }
    if (!url.pathname.startsWith('/api/')) {
      if (next) return next();
    }
    // Only /api answers (or every answer, standalone) get the endpoint's policy; pages served
    // next to it get the app's from the server in front (security-headers-plugin.ts).
    applySecurityHeaders(res, API_CSP);
    if (!url.pathname.startsWith('/api/')) {
      return sendJson(res, 404, problem('not_found', `no endpoint ${url.pathname}`));
    }
    if (opts.allowedHosts && !hostAllowed(req, opts.allowedHosts)) {
      const detail = `this endpoint does not answer to the host "${(req.headers.host ?? '').slice(0, 80)}"; start it with --allowed-hosts to add names`;
      return sendJson(res, 403, problem('forbidden', detail));
    }
    handle(req, res, url).catch((e: unknown) => {
      // Nothing was committed (the transaction rolled back): the client retries with the same key.
      const ref = randomUUID();
      logError(
        `internal error ${ref} on ${req.method} ${url.pathname}: ${(e as Error)?.stack ?? String(e)}`,
      );
      const body = {
        type: '/api/problems/internal',
        title: 'Internal error',
        status: 500,
        detail: `internal error, reference ${ref}; nothing was saved, the request can be sent again`,
      };
      sendJson(res, 500, body, corsHeaders(req, opts.cors ?? []));
    });
  };
}
