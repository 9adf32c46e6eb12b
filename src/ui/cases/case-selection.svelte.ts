import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

/**
 * The cases ticked in the list, for printing or exporting their reports together. Kept apart
 * from the list's model (which checks and caches states) and handed to the rows through
 * context, so a row shows its box without the list passing it down.
 */
export class CaseSelection {
  readonly ids = new SvelteSet<string>();

  get count(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  set(id: string, selected: boolean): void {
    if (selected) this.ids.add(id);
    else this.ids.delete(id);
  }

  /** Adds every id given ("select all shown"); what was selected before stays selected. */
  addAll(ids: Iterable<string>): void {
    for (const id of ids) this.ids.add(id);
  }

  clear(): void {
    this.ids.clear();
  }

  /** Drops ids no longer in the list (deleted cases), so the count is of cases that exist. */
  keepOnly(existing: ReadonlySet<string>): void {
    for (const id of [...this.ids]) if (!existing.has(id)) this.ids.delete(id);
  }
}

const KEY = Symbol('case-selection');

export function provideCaseSelection(selection: CaseSelection): CaseSelection {
  return setContext(KEY, selection);
}

/** The list's selection, or undefined where rows are shown without one. */
export function caseSelection(): CaseSelection | undefined {
  return getContext<CaseSelection | undefined>(KEY);
}
