import { Buffer } from 'node:buffer';
import type { Writable } from 'node:stream';
import type { Finding, Report } from '../domain/model/report';

export type OutputFormat = 'json' | 'ndjson';

// Output is gathered into chunks of about this size: one write per report would cost more
// than the report, one write for all of them would hold every report in memory.
const CHUNK = 1 << 20;
// A marker no draft value can hold: NUL characters around the finding's index.
const MARK = '\u0000';
const MARKER = /"\\u0000(\d+)\\u0000"/;

/**
 * Writes reports as they are made, so memory stays bounded however many drafts there are:
 * a JSON array printed exactly as JSON.stringify(reports, null, 2) would print it, or one
 * compact report per line (ndjson). A single draft gives a single report, not an array.
 *
 * Findings are shared by many reports (see finding-of.ts) and make most of the output: each
 * is serialised and UTF-8 encoded once, the rest of a report around it every time.
 */
export class ReportWriter {
  private pieces: Buffer[] = [];
  private size = 0;
  private count = 0;
  private readonly findingBytes = new WeakMap<Finding, Buffer>();

  constructor(
    private readonly out: Writable,
    private readonly format: OutputFormat,
    private readonly asArray: boolean,
  ) {}

  async write(report: Report): Promise<void> {
    if (this.format === 'json' && this.asArray) this.text(this.count === 0 ? '[\n' : ',\n');
    this.serialise(report);
    if (this.format === 'ndjson' || !this.asArray) this.text('\n');
    this.count++;
    if (this.size >= CHUNK) await this.flush();
  }

  async end(): Promise<void> {
    if (this.format === 'json' && this.asArray) this.text(this.count === 0 ? '[]\n' : '\n]\n');
    await this.flush();
  }

  /** JSON.stringify's own text, findings standing in as markers put back from the kept bytes. */
  private serialise(report: Report): void {
    const findings = report.findings;
    const copy = { ...report, findings: findings.map((_, i) => `${MARK}${i}${MARK}`) };
    const text =
      this.format === 'ndjson'
        ? JSON.stringify(copy)
        : this.asArray
          ? // Stringified inside an array it is indented as an element: drop "[\n" and "\n]".
            JSON.stringify([copy], null, 2).slice(2, -2)
          : JSON.stringify(copy, null, 2);
    // split with a capturing group: text, index, text, index, …, text
    const parts = text.split(MARKER);
    this.text(parts[0]!);
    for (let i = 1; i < parts.length; i += 2) {
      this.bytes(this.findingOf(findings[Number(parts[i])]!));
      this.text(parts[i + 1]!);
    }
  }

  private findingOf(finding: Finding): Buffer {
    let bytes = this.findingBytes.get(finding);
    if (!bytes) {
      const text =
        this.format === 'ndjson'
          ? JSON.stringify(finding)
          : JSON.stringify(finding, null, 2).replace(/\n/g, this.asArray ? '\n      ' : '\n    ');
      this.findingBytes.set(finding, (bytes = Buffer.from(text)));
    }
    return bytes;
  }

  private text(text: string): void {
    if (text) this.bytes(Buffer.from(text));
  }

  private bytes(bytes: Buffer): void {
    this.pieces.push(bytes);
    this.size += bytes.length;
  }

  private async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = Buffer.concat(this.pieces, this.size);
    this.pieces = [];
    this.size = 0;
    if (!this.out.write(chunk)) {
      await new Promise<void>((resolve) => this.out.once('drain', resolve));
    }
  }
}
