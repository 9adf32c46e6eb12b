import { Worker } from 'node:worker_threads';
import type { WorkerLike } from '../../src/services/check-worker/timed-worker';

type Listener = Parameters<WorkerLike['addEventListener']>[1];

/** A Node worker thread running the check worker's handler, seen through the browser API. */
export function nodeCheckWorker(): WorkerLike & { exited: Promise<number> } {
  const worker = new Worker(new URL('./node-check-worker.mjs', import.meta.url));
  const wrapped = new Map<Listener, (data: unknown) => void>();
  return {
    exited: new Promise((resolve) => worker.once('exit', resolve)),
    postMessage: (message) => worker.postMessage(message),
    addEventListener: (_type, listener) => {
      const onData = (data: unknown) => listener({ data } as MessageEvent);
      wrapped.set(listener, onData);
      worker.on('message', onData);
    },
    removeEventListener: (_type, listener) => {
      const onData = wrapped.get(listener);
      if (onData) worker.off('message', onData);
    },
    terminate: () => void worker.terminate(),
  };
}
