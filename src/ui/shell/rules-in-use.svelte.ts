import type { Localized } from '../../domain/model/localized';
import {
  WorkerCheckRunner,
  type PackFailure,
} from '../../services/check-worker/worker-check-runner';
import { DraftCheckService } from '../../services/draft-check-service';
import { ReservationPlannerService } from '../../services/reservation-planner-service';
import { RulePackStore } from '../../services/rule-pack-store';
import {
  loadActiveRulePack,
  shippedRulePack,
  unofficialText,
  type ActiveRulePack,
} from '../../services/rule-pack-runtime';

/**
 * The rule pack the app checks with: the shipped one at first, then the pack kept in
 * IndexedDB (imported, or published in the workbench), if any. Services are rebuilt on a
 * switch. Drafts are checked with a kept pack in a worker with a time limit; a pack whose
 * check overruns is dropped and the rules used before it come back.
 */
export class RulesInUse {
  active = $state.raw<ActiveRulePack>(shippedRulePack());
  drafts = $state.raw<DraftCheckService>(new DraftCheckService(this.active.pack));
  reservations = $state.raw<ReservationPlannerService>(
    new ReservationPlannerService(this.active.pack),
  );
  /** Why the app went back to earlier rules, shown until dismissed. */
  failure = $state<Localized | null>(null);
  readonly store = new RulePackStore();
  private runner: WorkerCheckRunner | undefined;

  /** "<name> <version> <hash>" while unofficial rules are in use, for every view and export. */
  get unofficial(): string | undefined {
    const { label } = this.active.info;
    return label.official ? undefined : unofficialText(label);
  }

  async loadKept(): Promise<void> {
    const active = await loadActiveRulePack(this.store);
    if (active.info.origin !== 'shipped' || active.problems) this.use(active);
  }

  use(active: ActiveRulePack): void {
    const previous = this.active;
    this.runner?.dispose();
    this.runner = undefined;
    const { label } = active.info;
    const unofficial = label.official ? undefined : unofficialText(label);
    // The built-in pack came with the code (and passed rules:check, ReDoS included).
    if (active.info.origin !== 'shipped' && typeof Worker !== 'undefined') {
      this.runner = new WorkerCheckRunner({
        files: active.files,
        schemas: active.pack.schemas,
        label: unofficial
          ? `unofficial rules: ${unofficial}`
          : `rules ${label.name} ${label.version}`,
        onFailure: (failure) => void this.fallBack(failure, active, previous),
      });
    }
    this.active = active;
    this.drafts = new DraftCheckService(active.pack, {
      ...(this.runner ? { runner: this.runner } : {}),
      ...(unofficial ? { unofficial } : {}),
    });
    this.reservations = new ReservationPlannerService(active.pack, {
      ...(unofficial ? { unofficial } : {}),
    });
  }

  dismissFailure(): void {
    this.failure = null;
  }

  private async fallBack(failure: PackFailure, failed: ActiveRulePack, previous: ActiveRulePack) {
    if (this.active !== failed) return;
    const back = previous === failed ? shippedRulePack() : previous;
    this.failure = failure.text;
    this.use(back);
    // Kept so that the next visit does not start with the pack that failed.
    if (back.info.id) await this.store.activate(back.info.id).catch(() => undefined);
    else await this.store.useShipped().catch(() => undefined);
  }
}
