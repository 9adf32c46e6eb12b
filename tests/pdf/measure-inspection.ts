/**
 * Measures inspectPdf on a 50-page scanned file of about 10 MB (A4 pages at 200 dpi).
 * Run: npx tsx tests/pdf/measure-inspection.ts [pages] [noise]
 */
import { inspectInNode } from '../fixtures/node-pdfjs';
import { pdfBytes } from '../fixtures/pdf-bytes';

const pages = Number(process.argv[2] ?? 50);
const noise = Number(process.argv[3] ?? 0.027);
const made = performance.now();
const pdf = await pdfBytes({
  pages: Array.from({ length: pages }, (_, i) => ({
    widthPx: 1654,
    heightPx: 2339,
    widthPt: 595.28,
    heightPt: 841.89,
    noise,
    seed: i + 1,
  })),
});
console.log(
  `made ${pages} pages, ${pdf.length} bytes in ${Math.round(performance.now() - made)} ms`,
);
for (let run = 1; run <= 3; run++) {
  let last = performance.now();
  let slowest = 0;
  const result = await inspectInNode(pdf, {
    onProgress: () => {
      const now = performance.now();
      slowest = Math.max(slowest, now - last);
      last = now;
    },
  });
  const { verdict, elapsedMs } = result;
  const minDpi = result.verdict === 'ok' ? result.minDpi : null;
  console.log(
    `run ${run}: ${verdict}, minDpi ${minDpi}, ${Math.round(elapsedMs)} ms total, slowest step ${Math.round(slowest)} ms`,
  );
}
