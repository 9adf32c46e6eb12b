import { connect } from 'node:net';

/**
 * Sends raw bytes on a new loopback connection and returns what came back before the server
 * closed it or `ms` passed: for requests no HTTP client library would send.
 */
export function rawExchange(url: string, bytes: Buffer | string, ms = 1500): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    // write, not end: a half-closed connection may lose a reply that needs the database first.
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, ms);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', done);
    socket.on('close', done);
  });
}

/** The status code of the first reply in a raw exchange, or 0 when there was none. */
export const statusOf = (reply: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 0);

/** A small seeded generator (mulberry32): the same seed gives the same fuzz inputs. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
