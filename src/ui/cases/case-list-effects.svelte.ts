import { untrack } from 'svelte';
import type { SettingsRepository } from '../../storage/settings-repository';
import type { CaseListModel, CaseSort } from './case-list-model.svelte';
import type { TokyoNow } from './tokyo-now';

const SORTS: readonly CaseSort[] = ['deadline', 'updated', 'title'];

/**
 * Wires the dashboard model to the database and the clock. Call while a component is
 * being set up: the effects end with the component.
 */
export function connectCaseList(
  model: CaseListModel,
  now: () => TokyoNow,
  settings?: SettingsRepository,
): void {
  // Re-subscribes whenever the text or procedure filter changes.
  $effect(() => model.watch());

  // Checks drafts that changed; the run itself must not subscribe to the states it writes.
  $effect(() => {
    void model.records;
    void model.asOf;
    untrack(() => model.checkStale());
  });

  // A dashboard left open overnight moves to the new day by itself.
  $effect(() => {
    const timer = setInterval(() => {
      const current = now();
      if (current.day !== model.asOf.day) model.asOf = current;
    }, 60_000);
    return () => clearInterval(timer);
  });

  if (!settings) return;
  let restored = false;
  settings.get('caseSort').then((saved) => {
    if (SORTS.includes(saved as CaseSort)) model.sort = saved as CaseSort;
    restored = true;
  });
  $effect(() => {
    const sort = model.sort;
    if (restored) void settings.set('caseSort', sort);
  });
}
