import { DraftCheckService } from '../../services/draft-check-service';
import { ReservationPlannerService } from '../../services/reservation-planner-service';
import { RulePackStore } from '../../services/rule-pack-store';
import {
  loadActiveRulePack,
  shippedRulePack,
  type ActiveRulePack,
} from '../../services/rule-pack-runtime';

/**
 * The rule pack the app checks with: the shipped one at first, then the pack policy staff
 * published in the workbench (kept in IndexedDB), if any. Services are rebuilt on a switch.
 */
export class RulesInUse {
  active = $state.raw<ActiveRulePack>(shippedRulePack());
  drafts = $state.raw<DraftCheckService>(new DraftCheckService(this.active.pack));
  reservations = $state.raw<ReservationPlannerService>(
    new ReservationPlannerService(this.active.pack),
  );
  readonly store = new RulePackStore();

  async loadKept(): Promise<void> {
    const active = await loadActiveRulePack(this.store);
    if (active.info.origin !== 'shipped' || active.problems) this.use(active);
  }

  use(active: ActiveRulePack): void {
    this.active = active;
    this.drafts = new DraftCheckService(active.pack);
    this.reservations = new ReservationPlannerService(active.pack);
  }
}
