import type { MergeConflict } from '../../domain/cases/draft-merge';
import { Autosaver } from '../../storage/autosaver';
import type { DraftContent } from '../../storage/draft-content';
import type { DraftRecord } from '../../storage/draft-record';
import type { DraftChanges, DraftRepository } from '../../storage/draft-repository';
import { follow } from '../../storage/live-query.svelte';
import { groupConflicts, keepMine, type ConflictGroup } from './conflict-fields';

export interface DraftSessionEvents {
  /** The first read: the record, or undefined when there is no such case. */
  onLoaded?: (record: DraftRecord | undefined) => void;
  /** What the form must show now (another tab's save merged in, or a value picked back). */
  onContent?: (content: DraftContent) => void;
  onSaved?: () => void;
  onError?: (error: unknown) => void;
}

/**
 * One open case, kept in step with its stored record: edits are saved against the revision
 * they were made on, a save in another tab or window appears here merged with what is being
 * typed, and fields both sides changed differently wait for the user's choice (ADR 0017).
 */
export class DraftSession {
  conflicts = $state<MergeConflict[]>([]);
  /** Counts merges from elsewhere, so the screen can say the form was refreshed. */
  refreshed = $state(0);
  readonly groups = $derived(groupConflicts(this.conflicts));
  private saver: Autosaver | undefined;
  /** Edits made before the first read finished (a new case typed on while being stored). */
  private early: DraftChanges | null = null;

  constructor(
    private readonly drafts: DraftRepository,
    private readonly id: string,
    private readonly events: DraftSessionEvents = {},
  ) {}

  /** Starts following the case; returns the cleanup for a Svelte `$effect`. */
  start(): () => void {
    const stop = follow(this.drafts.liveRecord(this.id), (found) => {
      if (this.saver) return void this.saver.receive(found);
      this.events.onLoaded?.(found);
      if (!found) return;
      this.saver = new Autosaver(this.drafts, found, {
        onSaved: () => this.events.onSaved?.(),
        onError: (error) => this.events.onError?.(error),
        onMerged: (content, conflicts) => this.merged(content, conflicts),
      });
      if (this.early) this.saver.change(this.early);
      this.early = null;
    });
    const flush = () => void this.saver?.flush();
    addEventListener('pagehide', flush);
    addEventListener('visibilitychange', flush);
    return () => {
      stop();
      flush();
      removeEventListener('pagehide', flush);
      removeEventListener('visibilitychange', flush);
    };
  }

  /** An edit in the form (plain values, not Svelte proxies). */
  change(changes: DraftChanges): void {
    if (this.saver) this.saver.change(changes);
    else this.early = { ...this.early, ...changes };
  }

  /** The user's choice for one conflicting question. */
  resolve(group: ConflictGroup, side: 'mine' | 'theirs'): void {
    const pointers = group.conflicts.map((c) => c.pointer);
    this.conflicts = this.conflicts.filter((c) => !pointers.includes(c.pointer));
    if (side === 'theirs' || !this.saver) return;
    const next = keepMine(this.saver.content, group);
    this.saver.change({ title: next.title, draft: next.draft, formState: next.formState ?? {} });
    this.events.onContent?.(next);
  }

  flush(): Promise<unknown> {
    return this.saver?.flush() ?? Promise.resolve();
  }

  private merged(content: DraftContent, conflicts: MergeConflict[]): void {
    this.events.onContent?.(content);
    this.refreshed += 1;
    // A newer conflict on a field replaces an older one; other open questions stay.
    const fresh = conflicts.map((c) => c.pointer);
    this.conflicts = [...this.conflicts.filter((c) => !fresh.includes(c.pointer)), ...conflicts];
  }
}
