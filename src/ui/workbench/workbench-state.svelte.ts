import type { RuleFiles } from '../../domain/loading/load-rule-pack';
import type { RuleFileError } from '../../domain/loading/rule-file-error';
import { m, verbatim, type Text } from '../i18n/messages';
import type { RulePack } from '../../domain/model/rule-pack';
import { HistoryEditError } from '../../workbench/pack-edits';
import { validatePack } from '../../workbench/validate-pack';

/**
 * The pack being edited. Edits are pure functions over the files (src/workbench); this class
 * keeps the history for undo and validates after typing settles, with the loader that
 * `npm run rules:check` uses, so errors carry the same file and JSON pointer.
 */
export class WorkbenchState {
  files = $state.raw<RuleFiles>({});
  /** The last pack that loaded: lists and tests keep working while an edit is invalid. */
  pack = $state.raw<RulePack>(undefined as unknown as RulePack);
  errors = $state.raw<RuleFileError[]>([]);
  validating = $state(false);
  /** Why the last edit was refused (e.g. rewriting a past dated value). */
  refused = $state<Text | null>(null);
  canUndo = $state(false);
  /** Counts valid versions, so panels can rerun tests when the pack changes. */
  revision = $state(0);

  /** The files and pack in use when the workbench opened: dated values in it are history. */
  readonly base: RuleFiles;
  readonly basePack: RulePack;
  private history: RuleFiles[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** The rules built into the app: what the diff and "back to shipped" compare with. */
    readonly shipped: RuleFiles,
    start: { files: RuleFiles; pack: RulePack },
    private readonly delayMs = 250,
  ) {
    this.base = start.files;
    this.basePack = start.pack;
    this.files = start.files;
    this.pack = start.pack;
  }

  get valid(): boolean {
    return this.errors.length === 0 && !this.validating;
  }

  /** Applies an edit; a refused one (HistoryEditError, a bad tree edit) leaves the files alone. */
  edit(change: (files: RuleFiles) => RuleFiles): boolean {
    let next: RuleFiles;
    try {
      next = change(this.files);
    } catch (e) {
      const message = (e as Error).message;
      this.refused =
        e instanceof HistoryEditError
          ? () => m.workbench_historyEdit({ parameter: e.parameter, date: e.date })
          : verbatim(message);
      return false;
    }
    this.refused = null;
    this.history.push(this.files);
    this.canUndo = true;
    this.setFiles(next);
    return true;
  }

  /** Replaces every file (an imported pack); undo returns to what was there. */
  replace(files: RuleFiles): void {
    this.edit(() => files);
  }

  undo(): void {
    const previous = this.history.pop();
    if (!previous) return;
    this.canUndo = this.history.length > 0;
    this.setFiles(previous);
  }

  /** Validates at once (tests, publishing) instead of waiting for typing to settle. */
  validateNow(): void {
    clearTimeout(this.timer);
    const result = validatePack(this.files);
    this.validating = false;
    if (result.ok) {
      this.pack = result.pack;
      this.errors = [];
      this.revision++;
    } else {
      this.errors = result.errors;
    }
  }

  private setFiles(files: RuleFiles): void {
    this.files = files;
    this.validating = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.validateNow(), this.delayMs);
  }
}
