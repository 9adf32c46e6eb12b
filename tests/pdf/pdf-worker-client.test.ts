import { describe, expect, it } from 'vitest';
import { createPdfWorkerInspector } from '../../src/pdf/pdf-worker-client';
import type { InspectReply, InspectRequest } from '../../src/pdf/worker-protocol';
import { inspectInNode } from '../fixtures/node-pdfjs';
import { pdfBytes } from '../fixtures/pdf-bytes';

/** Stands in for the Web Worker: same messages, pdf.js's legacy build in this thread. */
class InProcessWorker extends EventTarget {
  terminated = false;
  constructor(private readonly hang = false) {
    super();
  }
  postMessage(request: InspectRequest) {
    if (this.hang) return; // a parse stuck in a loop never answers
    const send = (data: InspectReply) => {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
    };
    void inspectInNode(new Uint8Array(request.data), {
      onProgress: (progress) => send({ id: request.id, kind: 'progress', progress }),
    }).then((result) => send({ id: request.id, kind: 'done', result }));
  }
  terminate() {
    this.terminated = true;
  }
}

const blob = (bytes: Uint8Array) => new Blob([bytes.slice().buffer]);

describe('the worker client', () => {
  it('inspects through worker messages and passes progress on', async () => {
    const workers: InProcessWorker[] = [];
    const inspector = createPdfWorkerInspector({
      createWorker: () => (workers.push(new InProcessWorker()), workers.at(-1) as never),
    });
    const pdf = await pdfBytes({ pages: [null, null] });
    const progress: number[] = [];
    const result = await inspector.inspect(blob(pdf), (p) => progress.push(p.page));
    expect(result).toMatchObject({ verdict: 'ok', pages: 2, bytes: pdf.length });
    expect(progress).toEqual([0, 1, 2]);
    expect(workers).toHaveLength(1);
  });

  it('judges empty, oversized and non-PDF files without starting pdf.js', async () => {
    let started = 0;
    const inspector = createPdfWorkerInspector({
      maxBytes: 1000,
      createWorker: () => (started++, new InProcessWorker() as never),
    });
    expect((await inspector.inspect(new Blob([]))).verdict).toBe('empty');
    expect((await inspector.inspect(new Blob(['hello']))).verdict).toBe('not_pdf');
    expect((await inspector.inspect(new Blob([new Uint8Array(2000)]))).verdict).toBe('too_large');
    expect(started).toBe(0);
  });

  it('ends a worker that never answers and starts a fresh one for the next file', async () => {
    const workers: InProcessWorker[] = [];
    const inspector = createPdfWorkerInspector({
      timeLimitMs: 10,
      graceMs: 1000, // room for the working second worker; the hung one waits this long
      // The first worker hangs, as a parse stuck in a loop would; the next one works.
      createWorker: () => (
        workers.push(new InProcessWorker(!workers.length)),
        workers.at(-1) as never
      ),
    });
    const pdf = await pdfBytes();
    expect(await inspector.inspect(blob(pdf))).toMatchObject({
      verdict: 'timeout',
      bytes: pdf.length,
    });
    expect(workers[0]?.terminated).toBe(true);
    expect((await inspector.inspect(blob(pdf))).verdict).toBe('ok');
    expect(workers).toHaveLength(2);
  });
});
