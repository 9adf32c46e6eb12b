import type { ReservationService } from './reservation-service';

export const MAINTENANCE_EVERY_MS = 60 * 60 * 1000;

/**
 * Prunes the store at start and then hourly: expired idempotency answers go, past reservations
 * move to the archive, and sessions that ended without being presented again are deleted (a
 * session is otherwise deleted only when its token comes back). A failure is logged and tried
 * again at the next round; it never stops the endpoint. Returns a stop function.
 */
export function scheduleMaintenance(
  service: ReservationService,
  log: (line: string) => void,
  everyMs = MAINTENANCE_EVERY_MS,
  sweepSessions: () => Promise<number> = async () => 0,
): () => void {
  let running: Promise<void> | undefined;
  const round = () => {
    running ??= service
      .maintain()
      .then(async ({ idempotency, reservations }) => {
        const sessions = await sweepSessions();
        if (idempotency + reservations + sessions > 0) {
          log(
            `store upkeep: ${idempotency} expired idempotency answers dropped, ${reservations} past reservations archived, ${sessions} ended sessions deleted`,
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
