import { formatRuleFileError } from '../../domain/loading/rule-file-error';
import type { WorkerReply, WorkerRequest } from './protocol';

/** The part of a Worker this client uses (a browser Worker, or an adapter in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  terminate(): void;
}

type Body<T = WorkerRequest> = T extends WorkerRequest ? Omit<T, 'id'> : never;

/** A request overran its limit; the worker was ended. `lastProgress` is the step it was in. */
export class WorkerTimeout extends Error {
  constructor(
    readonly limitMs: number,
    readonly lastProgress: string | undefined,
  ) {
    super(`the check worker did not answer within ${limitMs} ms`);
    this.name = 'WorkerTimeout';
  }
}

/**
 * One worker, one request at a time, each with a time limit that starts when it is sent.
 * A worker that overruns is terminated (the only way to stop a stuck loop) and the next
 * request starts a fresh one, which first receives the set-up message again.
 */
export class TimedWorker {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly create: () => WorkerLike,
    private readonly setup: { body: Body; limitMs: number },
  ) {}

  request(body: Body, limitMs: number, onProgress?: (step: string) => void): Promise<WorkerReply> {
    const run = async () => {
      if (this.closed) throw new Error('the check worker was closed');
      if (!this.worker) {
        this.worker = this.create();
        const ready = await this.send(this.setup.body, this.setup.limitMs);
        if (ready.type === 'loaded' && ready.errors.length > 0) {
          this.terminate();
          const first = ready.errors.slice(0, 3).map(formatRuleFileError).join('; ');
          throw new Error(
            `the rule pack does not load (${ready.errors.length} error(s)): ${first}`,
          );
        }
      }
      return this.send(body, limitMs, onProgress);
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  /** Ends the worker for good: requests still queued fail instead of starting a new one. */
  close(): void {
    this.closed = true;
    this.terminate();
  }

  private send(body: Body, limitMs: number, onProgress?: (step: string) => void) {
    const worker = this.worker!;
    const id = this.nextId++;
    let last: string | undefined;
    return new Promise<WorkerReply>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.removeEventListener('message', listen);
      };
      const listen = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') {
          last = reply.rule;
          onProgress?.(reply.rule);
          return;
        }
        done();
        resolve(reply);
      };
      const timer = setTimeout(() => {
        done();
        if (this.worker === worker) this.terminate();
        reject(new WorkerTimeout(limitMs, last));
      }, limitMs);
      worker.addEventListener('message', listen);
      worker.postMessage({ ...body, id });
    });
  }
}
