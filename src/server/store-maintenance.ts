import type { ReservationService } from './reservation-service';

export const MAINTENANCE_EVERY_MS = 60 * 60 * 1000;

/**
 * Prunes the store at start and then hourly: expired idempotency answers go, past reservations
 * move to the archive. A failure is logged and tried again at the next round; it never stops
 * the endpoint. Returns a stop function.
 */
export function scheduleMaintenance(
  service: ReservationService,
  log: (line: string) => void,
  everyMs = MAINTENANCE_EVERY_MS,
): () => void {
  let running: Promise<void> | undefined;
  const round = () => {
    running ??= service
      .maintain()
      .then(({ idempotency, reservations }) => {
        if (idempotency + reservations > 0) {
          log(
            `store upkeep: ${idempotency} expired idempotency answers dropped, ${reservations} past reservations archived`,
          );
        }
      })
      .catch((e: unknown) => log(`store upkeep failed, will retry: ${(e as Error).message}`))
      .finally(() => (running = undefined));
  };
  round();
  const timer = setInterval(round, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
