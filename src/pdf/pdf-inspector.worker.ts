/// <reference lib="webworker" />
/**
 * The Web Worker that runs pdf.js. pdf.js's own worker code is loaded into this same
 * worker (its "fake worker" mode), so parsing never touches the page's main thread and the
 * page can end everything at once with `terminate()` if a file runs past its time limit.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { inspectPdf } from './inspect-pdf';
import type { InspectReply, InspectRequest } from './worker-protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: InspectReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<InspectRequest>) => {
  const { id, data, timeLimitMs } = event.data;
  const bytes = data.byteLength;
  try {
    const result = await inspectPdf(data, pdfjs, {
      timeLimitMs,
      onProgress: (progress) => reply({ id, kind: 'progress', progress }),
    });
    reply({ id, kind: 'done', result });
  } catch (e) {
    // inspectPdf turns every file problem into a verdict; this is a fault of the worker itself.
    reply({
      id,
      kind: 'done',
      result: { verdict: 'failed', bytes, detail: String(e), elapsedMs: 0 },
    });
  }
};
