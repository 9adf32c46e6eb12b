/** pdf.js ships its worker code without types; only its presence matters here. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
