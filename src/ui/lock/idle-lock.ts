/**
 * Locks the app after `minutes` without keyboard, pointer or touch input: the key is
 * dropped and the page reloads to its lock screen, so nothing decrypted stays on screen
 * or in memory. Edits are saved within a second of typing, long before any idle limit.
 * Returns the function that stops watching.
 */
export function watchIdle(minutes: number, lock: () => void): () => void {
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(lock, minutes * 60_000);
  };
  for (const event of events) addEventListener(event, restart, { passive: true });
  restart();
  return () => {
    clearTimeout(timer);
    for (const event of events) removeEventListener(event, restart);
  };
}

/** Drops the key by leaving the page: everything decrypted lived only in this page. */
export function lockNow(): void {
  location.reload();
}
