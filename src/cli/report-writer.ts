import type { Writable } from 'node:stream';

export type OutputFormat = 'json' | 'ndjson';

// Writes are gathered into chunks of about this size: one write per report would cost more
// than the report, one write for all of them would hold every report in memory.
const CHUNK = 1 << 20;

/**
 * Writes reports as they are made, so memory stays bounded however many drafts there are:
 * a JSON array printed exactly as JSON.stringify(reports, null, 2) would print it, or one
 * compact report per line (ndjson). A single draft gives a single report, not an array.
 */
export class ReportWriter {
  private buffer = '';
  private count = 0;

  constructor(
    private readonly out: Writable,
    private readonly format: OutputFormat,
    private readonly asArray: boolean,
  ) {}

  async write(report: unknown): Promise<void> {
    if (this.format === 'ndjson') this.buffer += JSON.stringify(report) + '\n';
    else if (!this.asArray) this.buffer += JSON.stringify(report, null, 2) + '\n';
    else {
      // Stringified inside an array it is already indented as an element: drop "[\n" and "\n]".
      const element = JSON.stringify([report], null, 2).slice(2, -2);
      this.buffer += (this.count === 0 ? '[\n' : ',\n') + element;
    }
    this.count++;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async end(): Promise<void> {
    if (this.format === 'json' && this.asArray) this.buffer += this.count === 0 ? '[]\n' : '\n]\n';
    await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    if (text && !this.out.write(text)) {
      await new Promise<void>((resolve) => this.out.once('drain', resolve));
    }
  }
}
