import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lang } from '../domain/model/localized';
import { BodyTooLargeError, readBody, sendJson, MAX_BODY_BYTES } from './http-io';
import { invalid, problem } from './problem';
import type { Outcome, ReservationService } from './reservation-service';
import { route } from './routes';

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
  /** Access-Control-Allow-Origin for a standalone endpoint used from another origin. */
  cors?: string;
  hooks?: HandlerHooks;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function langOf(url: URL, req: IncomingMessage): Lang {
  const q = url.searchParams.get('lang');
  if (q === 'en' || q === 'ja') return q;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'ja';
}

/** node:http handler (also Connect middleware) for /api/reservations. */
export function createApiHandler(
  service: ReservationService,
  opts: HandlerOptions = {},
): ApiHandler {
  const cors: Record<string, string> = opts.cors
    ? {
        'Access-Control-Allow-Origin': opts.cors,
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'Access-Control-Expose-Headers': 'Idempotent-Replayed',
      }
    : {};

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const r = route(method, url.pathname);
    const lang = langOf(url, req);
    const q = (name: string) => url.searchParams.get(name);
    const reply = async (outcome: Outcome, key?: string) => {
      await opts.hooks?.beforeRespond?.({ op: r.op, key, outcome }, res);
      const extra: Record<string, string> = outcome.replayed
        ? { 'Idempotent-Replayed': 'true' }
        : {};
      sendJson(res, outcome.status, outcome.body, { ...cors, ...extra });
    };
    switch (r.op) {
      case 'availability':
        return reply(await service.availability(q('system'), q('from'), lang));
      case 'list':
        return reply(await service.list(q('filer'), q('system')));
      case 'get':
        return reply(await service.get(r.id, q('filer')));
      case 'unknown':
        return reply({ status: 404, body: problem('not_found', `no endpoint ${url.pathname}`) });
      case 'method_not_allowed': {
        const p = problem('invalid', `${method} is not allowed here`, { status: 405 });
        await opts.hooks?.beforeRespond?.({ op: r.op, outcome: { status: 405, body: p } }, res);
        return sendJson(res, 405, p, { ...cors, Allow: r.allow });
      }
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      const message = 'header Idempotency-Key is required on every write (1–255 visible ASCII)';
      return reply({ status: 400, body: invalid([{ pointer: '', message }], 400) });
    }
    if (!/^application\/(.+\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      const message = 'Content-Type must be application/json';
      return reply({ status: 415, body: invalid([{ pointer: '', message }], 415) });
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch (e) {
      const message =
        e instanceof BodyTooLargeError
          ? `the body is larger than ${MAX_BODY_BYTES} bytes`
          : `the body is not JSON: ${(e as Error).message}`;
      return reply({ status: 400, body: invalid([{ pointer: '', message }], 400) });
    }
    return reply(await service.write(r.op, r.id, key, input, lang), key);
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) {
      if (next) return next();
      return sendJson(res, 404, problem('not_found', `no endpoint ${url.pathname}`));
    }
    handle(req, res, url).catch((e: unknown) => {
      // A failed store write: nothing was committed, so the client retries with the same key.
      const body = { type: '/api/problems/internal', title: 'Internal error', status: 500 };
      sendJson(res, 500, { ...body, detail: (e as Error).message }, cors);
    });
  };
}
