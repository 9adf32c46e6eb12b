import type { OutboxItem } from '../../sync/types';
import type { ReservationEntry } from './reservation-entries';

/**
 * Which drafts a reservation was booked for, kept on this device only: the endpoint knows
 * procedures, never names. `drafts` follows the reservation's cases index by index.
 */
export interface ApplicantLink {
  /** Idempotency key of the booking. */
  key: string;
  /** The server's id, once the booking is confirmed. */
  reservationId?: string;
  drafts: string[];
  /** Keys of partial cancellations already applied to `drafts`. */
  applied?: string[];
}

export function linkBooking(
  links: readonly ApplicantLink[],
  key: string,
  drafts: readonly string[],
): ApplicantLink[] {
  return [...links.filter((l) => l.key !== key), { key, drafts: [...drafts] }];
}

/**
 * Follows the server's answers: a confirmed booking gives its link the reservation id, a
 * confirmed partial cancellation removes those cases. Returns the same array when nothing
 * changed, so the caller saves only real changes.
 */
export function reconcileLinks(
  links: readonly ApplicantLink[],
  items: readonly OutboxItem[],
): readonly ApplicantLink[] {
  let next = links;
  const update = (target: ApplicantLink, changed: ApplicantLink) => {
    next = next.map((l) => (l === target ? changed : l));
  };
  for (const item of items) {
    if (item.state !== 'confirmed') continue;
    if (item.kind === 'book' && item.reservationId) {
      const link = next.find((l) => l.key === item.key);
      if (link && link.reservationId !== item.reservationId) {
        update(link, { ...link, reservationId: item.reservationId });
      }
    } else if (item.kind === 'cancel' && item.request.cancelCases?.length) {
      const { reservationId, afterKey, cancelCases } = item.request;
      const link = next.find(
        (l) =>
          (reservationId !== undefined && l.reservationId === reservationId) ||
          (afterKey !== undefined && l.key === afterKey),
      );
      if (!link || link.applied?.includes(item.key)) continue;
      update(link, {
        ...link,
        drafts: link.drafts.filter((_, i) => !cancelCases.includes(i)),
        applied: [...(link.applied ?? []), item.key],
      });
    }
  }
  return next;
}

/** The link of a reservation row: by its server id, or by its booking's outbox key. */
export function linkOf(
  entry: Pick<ReservationEntry, 'reservationId' | 'key'>,
  links: readonly ApplicantLink[],
): ApplicantLink | undefined {
  return links.find(
    (l) =>
      (entry.reservationId !== undefined && l.reservationId === entry.reservationId) ||
      (entry.key !== undefined && l.key === entry.key),
  );
}

/**
 * The applicants of a reservation row, in case order, from the drafts it was booked for:
 * a draft's title, "untitled" or "deleted". Null when this device did not book it, or
 * when its cases no longer line up with the link (a name must never land on another case).
 */
export function applicantNames(
  entry: ReservationEntry,
  links: readonly ApplicantLink[],
  titles: ReadonlyMap<string, string>,
  words: { untitled: string; deleted: string },
): string[] | null {
  const link = linkOf(entry, links);
  if (!link || link.drafts.length !== entry.cases.length) return null;
  return link.drafts.map((id) => {
    const title = titles.get(id);
    return title === undefined ? words.deleted : title.trim() || words.untitled;
  });
}

/** Where the links are kept (the app's settings in IndexedDB; memory in tests). */
export interface ApplicantLinkStore {
  load(): Promise<ApplicantLink[]>;
  save(links: readonly ApplicantLink[]): Promise<void>;
}

export function memoryLinkStore(): ApplicantLinkStore {
  let kept: ApplicantLink[] = [];
  return {
    load: () => Promise.resolve([...kept]),
    save: (links) => {
      kept = [...links];
      return Promise.resolve();
    },
  };
}
