import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`the body is larger than ${MAX_BODY_BYTES} bytes`);
  }
}

/** True when a declared Content-Length already exceeds the limit: refused before reading. */
export function declaredTooLarge(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) && length > MAX_BODY_BYTES;
}

/**
 * Reads the request body as text, refusing more than MAX_BODY_BYTES. On refusal the rest is
 * discarded, not the connection: the caller answers 413 first and then closes.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** JSON replies; problem bodies (with a `reason`) go out as application/problem+json. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed || res.writableEnded || res.headersSent) return;
  const isProblem = typeof body === 'object' && body !== null && 'reason' in body && status >= 400;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': isProblem ? 'application/problem+json' : 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * Answers and then closes the connection: for a body that is refused unread, whose remaining
 * bytes would otherwise be taken for the next request.
 */
export function sendAndClose(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.once('finish', () => res.socket?.destroySoon());
  sendJson(res, status, body, { ...headers, Connection: 'close' });
}
