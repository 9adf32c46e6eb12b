import type { DraftRecord } from './draft-record';
import type { DraftChanges, DraftRepository } from './draft-repository';

export interface AutosaverOptions {
  /** Quiet time after the last change before writing; keystrokes in between merge. */
  delayMs?: number;
  onSaved?: (record: DraftRecord) => void;
  onError?: (error: unknown) => void;
}

/**
 * Debounced saving for an editor: `change()` on every edit, `flush()` when leaving the page
 * (pagehide / visibilitychange) so the last keystrokes reach IndexedDB before the tab goes.
 */
export class Autosaver {
  private pending: DraftChanges | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<unknown> = Promise.resolve();
  private readonly delayMs: number;

  constructor(
    private readonly drafts: DraftRepository,
    private readonly id: string,
    private readonly options: AutosaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
  }

  get dirty(): boolean {
    return this.pending !== null;
  }

  change(changes: DraftChanges): void {
    this.pending = { ...this.pending, ...changes };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what is pending now; resolves when every earlier write has finished too. */
  flush(): Promise<unknown> {
    clearTimeout(this.timer);
    const changes = this.pending;
    this.pending = null;
    if (changes) {
      // Writes are chained so an older version never lands after a newer one.
      this.writing = this.writing
        .then(() => this.drafts.save(this.id, changes))
        .then((record) => this.options.onSaved?.(record))
        .catch((error: unknown) => this.options.onError?.(error));
    }
    return this.writing;
  }
}
