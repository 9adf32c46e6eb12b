import { liveQuery, type Observable } from 'dexie';

/**
 * Follows a Dexie live query and hands each new result to `onValue`; returns the
 * function that stops following, so it fits a Svelte 5 `$effect` cleanup.
 */
export function follow<T>(
  source: Observable<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  const subscription = source.subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

/** A live query as Svelte 5 state: read `current`; call `stop()` when done. */
export class LiveQuery<T> {
  current = $state<T | undefined>(undefined);
  error = $state<unknown>(undefined);
  loaded = $state(false);
  readonly stop: () => void;

  constructor(querier: () => Promise<T> | T) {
    this.stop = follow<T>(
      liveQuery<T>(querier),
      (value) => {
        this.current = value;
        this.loaded = true;
        this.error = undefined;
      },
      (error) => (this.error = error),
    );
  }
}
