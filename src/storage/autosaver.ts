import type { MergeConflict } from '../domain/cases/draft-merge';
import { contentOf, mergeContent, sameContent, type DraftContent } from './draft-content';
import type { DraftRecord } from './draft-record';
import type { DraftChanges, DraftRepository } from './draft-repository';

export interface AutosaverOptions {
  /** Quiet time after the last change before writing; keystrokes in between merge. */
  delayMs?: number;
  onSaved?: (record: DraftRecord) => void;
  onError?: (error: unknown) => void;
  /**
   * What the editor must show now: another tab's change merged into what is typed here.
   * `conflicts` are fields both changed differently; the content holds the stored value.
   */
  onMerged?: (content: DraftContent, conflicts: MergeConflict[]) => void;
}

/**
 * Debounced, revision-aware saving for one open case. The editor reports every edit with
 * `change()`; `flush()` writes at once (pagehide / visibilitychange). Each write names the
 * stored revision the editor's content descends from, so a write from a tab that missed
 * another tab's save is merged by the repository (ADR 0017); `receive()` takes in a save
 * made elsewhere, merging it into what is being typed here without losing a keystroke.
 */
export class Autosaver {
  private base: DraftRecord;
  private mine: DraftContent;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly delayMs: number;

  constructor(
    private readonly drafts: DraftRepository,
    record: DraftRecord,
    private readonly options: AutosaverOptions = {},
  ) {
    this.base = record;
    this.mine = contentOf(record);
    this.delayMs = options.delayMs ?? 400;
  }

  /** Something typed here is not stored yet. */
  get dirty(): boolean {
    return !sameContent(this.mine, this.base);
  }

  /** The stored revision the content here descends from. */
  get revision(): number {
    return this.base.revision;
  }

  get content(): DraftContent {
    return this.mine;
  }

  change(changes: DraftChanges): void {
    this.mine = { ...this.mine, ...changes };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what is pending now; resolves when every earlier write has finished too. */
  flush(): Promise<unknown> {
    clearTimeout(this.timer);
    // Writes and merges run one after another, so each starts from the latest base.
    this.queue = this.queue
      .then(() => this.write())
      .catch((e: unknown) => this.options.onError?.(e));
    return this.queue;
  }

  /** A record pushed by a live query (a save in this tab or another). */
  receive(incoming: DraftRecord | undefined): Promise<unknown> {
    this.queue = this.queue.then(() => {
      if (!incoming || incoming.revision <= this.base.revision) return;
      const { content, conflicts } = mergeContent(this.base, this.mine, incoming);
      this.base = incoming;
      this.mine = content;
      this.options.onMerged?.(content, conflicts);
      if (this.dirty) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), this.delayMs);
      }
    });
    return this.queue;
  }

  private async write(): Promise<void> {
    const sent = this.mine;
    if (sameContent(sent, this.base)) return;
    const outcome = await this.drafts.saveFrom(this.base, sent);
    // Typing may have gone on while the write was under way: keep it on top of what is stored.
    const typedSince = this.mine;
    const later = mergeContent(sent, typedSince, outcome.record);
    this.base = outcome.record;
    this.mine = later.content;
    // A field typed on after the write conflicts again; it names the newest text.
    const conflicts = [
      ...later.conflicts,
      ...outcome.conflicts.filter((c) => !later.conflicts.some((l) => l.pointer === c.pointer)),
    ];
    if (conflicts.length > 0 || !sameContent(later.content, typedSince)) {
      this.options.onMerged?.(later.content, conflicts);
    }
    this.options.onSaved?.(outcome.record);
  }
}
