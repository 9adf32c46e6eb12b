import type {
  ExistingReservation,
  ProposedBooking,
  ReservationFiler,
  ReservationRequest,
  ReservationSystemId,
  SlotAvailability,
} from '../../domain/reservation/reservation-request';
import type { Availability } from '../../sync/types';

/** What every request of the page shares: who books, what they hold, what is left. */
export interface PlanContext {
  system: ReservationSystemId;
  filer: ReservationFiler;
  existing: ExistingReservation[];
  availability: readonly Availability[];
}

// The calendar is drawn before anyone fills in the filer; its slots do not depend on who books.
const ANY_FILER: ReservationFiler = { category: 'org_staff' };

function base(ctx: PlanContext, filer = ctx.filer) {
  const availability: SlotAvailability[] = ctx.availability
    .filter((a) => a.system === ctx.system)
    .map((a) => ({ date: a.date, time: a.time, remaining: a.remaining }));
  return {
    system: ctx.system,
    filer: cleanFiler(filer),
    existing: ctx.existing,
    ...(availability.length > 0 ? { availability } : {}),
  };
}

export function availabilityRequest(
  ctx: Omit<PlanContext, 'filer'> & { filer: ReservationFiler | null },
): ReservationRequest {
  return { ...base({ ...ctx, filer: ctx.filer ?? ANY_FILER }), action: 'availability' };
}

export function bookRequest(ctx: PlanContext, booking: ProposedBooking): ReservationRequest {
  return { ...base(ctx), action: 'book', booking };
}

export function changeRequest(
  ctx: PlanContext,
  target: string,
  booking: ProposedBooking,
): ReservationRequest {
  return { ...base(ctx), action: 'change', target, booking };
}

export function cancelRequest(
  ctx: PlanContext,
  target: string,
  cancelCases?: number[],
): ReservationRequest {
  return {
    ...base(ctx),
    action: 'cancel',
    target,
    ...(cancelCases && cancelCases.length > 0 ? { cancelCases } : {}),
  };
}

/** Empty form fields are absent, not "" (the request schema would refuse an empty date). */
export function cleanFiler(filer: ReservationFiler): ReservationFiler {
  const c = filer.credential ?? {};
  const credential = Object.fromEntries(
    Object.entries(c).filter(([, v]) => v !== undefined && v !== ''),
  );
  return Object.keys(credential).length > 0
    ? { category: filer.category, credential }
    : { category: filer.category };
}

/** Whose reservations these are: the credential number, else the filer's category. */
export function filerKeyOf(filer: ReservationFiler): string {
  return filer.credential?.number?.trim() || `filer:${filer.category}`;
}
