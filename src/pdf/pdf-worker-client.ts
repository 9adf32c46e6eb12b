import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIME_LIMIT_MS,
  type PdfInspection,
  type PdfProgress,
} from './pdf-inspection';
import { sniffPdf } from './pdf-sniff';
import type { InspectReply, InspectRequest } from './worker-protocol';

export interface PdfInspector {
  inspect(file: Blob, onProgress?: (progress: PdfProgress) => void): Promise<PdfInspection>;
  /** Ends the worker (and the memory pdf.js holds); the next file starts a new one. */
  dispose(): void;
}

export interface WorkerClientOptions {
  timeLimitMs?: number;
  maxBytes?: number;
  /** Time the worker gets beyond the limit to answer "timeout" itself (default 3 s). */
  graceMs?: number;
  /** For tests; by default the bundled worker, created on the first PDF only. */
  createWorker?: () => Worker;
}

const bundledWorker = () =>
  new Worker(new URL('./pdf-inspector.worker.ts', import.meta.url), { type: 'module' });

/**
 * Inspects PDFs in a Web Worker, one file at a time. pdf.js is downloaded only when the
 * first real PDF arrives: empty, oversized and non-PDF files are judged here from their
 * size and first bytes. A worker that overruns the time limit is terminated (that stops
 * even a stuck parse) and a fresh one serves the next file.
 */
export function createPdfWorkerInspector(options: WorkerClientOptions = {}): PdfInspector {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const graceMs = options.graceMs ?? 3000;
  const createWorker = options.createWorker ?? bundledWorker;
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const run = (data: ArrayBuffer, onProgress?: (p: PdfProgress) => void) =>
    new Promise<PdfInspection>((resolve) => {
      const started = performance.now();
      const bytes = data.byteLength; // the buffer belongs to the worker once posted
      const id = nextId++;
      const current = (worker ??= createWorker());
      const finish = (result: PdfInspection) => {
        clearTimeout(timer);
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        resolve(result);
      };
      const giveUp = (verdict: 'timeout' | 'failed', detail: string) => {
        current.terminate();
        if (worker === current) worker = null;
        finish({ verdict, bytes, detail, elapsedMs: performance.now() - started });
      };
      const onMessage = (event: MessageEvent<InspectReply>) => {
        if (event.data.id !== id) return;
        if (event.data.kind === 'progress') onProgress?.(event.data.progress);
        else finish(event.data.result);
      };
      const onError = (event: ErrorEvent) => giveUp('failed', event.message || 'worker error');
      const timer = setTimeout(() => giveUp('timeout', 'worker stopped'), timeLimitMs + graceMs);
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      const request: InspectRequest = { id, data, timeLimitMs };
      current.postMessage(request, [data]);
    });

  return {
    dispose() {
      worker?.terminate();
      worker = null;
    },
    inspect(file, onProgress) {
      const task = queue.then(async (): Promise<PdfInspection> => {
        const quick = (verdict: PdfInspection['verdict']) =>
          ({ verdict, bytes: file.size, elapsedMs: 0 }) as PdfInspection;
        if (file.size > maxBytes) return quick('too_large');
        const head = sniffPdf(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));
        if (head !== 'pdf') return quick(head);
        return run(await file.arrayBuffer(), onProgress);
      });
      queue = task.catch(() => undefined);
      return task.catch((e: unknown): PdfInspection => ({
        verdict: 'failed',
        bytes: file.size,
        detail: String(e),
        elapsedMs: 0,
      }));
    },
  };
}
