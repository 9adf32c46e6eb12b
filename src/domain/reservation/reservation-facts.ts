import { Temporal } from '@js-temporal/polyfill';
import type { OfficeCalendar } from '../calendar/office-calendar';
import { FactTable } from '../facts/fact-table';
import { parseInstant } from '../time/tokyo-time';
import type { Lang } from '../model/localized';
import { deadlineFor, deadlinePassed, displayMinute } from './deadline';
import { heldSlots, quotaState, slotKey } from './held-slots';
import type { ReservationParams } from './reservation-parameters';
import type { ExistingReservation, ReservationRequest } from './reservation-request';
import { deriveShownDayFacts } from './shown-days-facts';

export interface RequestFactContext {
  at: Temporal.ZonedDateTime;
  params: ReservationParams;
  calendar: OfficeCalendar;
  bookable: readonly Temporal.PlainDate[];
  target: ExistingReservation | undefined;
  lang: Lang;
}

const SLOT_FACTS = [
  'reservedDate',
  'reservedTime',
  'reservedDayIsOpen',
  'reservedDayClosedReason',
  'reservedDayShown',
  'bookDeadline',
  'bookDeadlinePassed',
];

/** Facts about the request as a whole: who books, which day and slot, deadlines and quotas. */
export function requestFacts(req: ReservationRequest, ctx: RequestFactContext): FactTable {
  const { at, params, calendar, target } = ctx;
  const facts = new FactTable();
  facts.set('action', req.action);
  facts.set('filerCategory', req.filer.category);
  const kind = req.filer.credential?.kind;
  if (kind) facts.set('credentialKind', kind);
  else facts.markUnknown('credentialKind', ['/filer/credential/kind'], 'ask');
  const expires = req.filer.credential?.expires;
  if (expires) facts.set('credentialExpires', expires);
  else facts.markUnknown('credentialExpires', ['/filer/credential/expires'], 'not_checked');
  facts.set('atDate', at.toPlainDate().toString());
  facts.set('atTime', at.toPlainTime().toString({ smallestUnit: 'minute' }));
  facts.set(
    'bookableDays',
    ctx.bookable.map((d) => d.toString()),
  );

  const held = heldSlots(req.existing ?? [], at, params.slotMinutes, target?.id);
  const quota = quotaState(held, params.slotsPerBooker);
  facts.set('slotsHeld', quota.held);
  facts.set('quotaFreesAt', quota.freesAt && displayMinute(parseInstant(quota.freesAt)));

  const slot = req.booking ?? target;
  if (slot) {
    const day = Temporal.PlainDate.from(slot.date);
    const reason = calendar.closedReason(day);
    facts.set('reservedDate', slot.date);
    facts.set('reservedTime', slot.time);
    facts.set('reservedDayIsOpen', reason === null);
    facts.set('reservedDayClosedReason', reason ? reason[ctx.lang] : null);
    facts.set(
      'reservedDayShown',
      ctx.bookable.some((d) => d.equals(day)),
    );
    const book = deadlineFor(day, params.deadlines.book, calendar);
    facts.set('bookDeadline', displayMinute(book));
    facts.set('bookDeadlinePassed', deadlinePassed(at, book));
  } else {
    // Nothing to book (availability): rules about the slot stay silent, not undecided.
    for (const name of SLOT_FACTS) facts.markUnknown(name, ['/booking'], 'not_checked');
  }

  if (req.booking) {
    const key = slotKey(req.booking.date, req.booking.time);
    const same = held.find((h) => slotKey(h.date, h.time) === key);
    const count = req.booking.cases.length;
    facts.set('bookingCaseCount', count);
    facts.set('casesInSlot', (same?.cases ?? 0) + count);
    facts.set('slotsAfter', quota.held + (same ? 0 : 1));
    const avail = req.availability?.find((a) => slotKey(a.date, a.time) === key);
    if (avail) facts.set('slotRemaining', avail.remaining);
    else facts.markUnknown('slotRemaining', ['/availability'], 'not_checked');
  } else {
    for (const name of ['bookingCaseCount', 'casesInSlot', 'slotsAfter', 'slotRemaining']) {
      facts.markUnknown(name, ['/booking'], 'not_checked');
    }
  }

  deriveShownDayFacts(facts, req.booking, at, held, ctx.bookable, params.slotMinutes);
  targetFacts(facts, req, ctx);
  return facts;
}

function targetFacts(facts: FactTable, req: ReservationRequest, ctx: RequestFactContext): void {
  const { target, at, params, calendar } = ctx;
  const names = ['targetDate', 'changeDeadline', 'changeDeadlinePassed', 'cancelDeadline'];
  if (!target) {
    for (const name of [...names, 'cancelDeadlinePassed', 'targetCaseCount', 'cancelIsPartial']) {
      facts.markUnknown(name, ['/target'], 'not_checked');
    }
    return;
  }
  const day = Temporal.PlainDate.from(target.date);
  const change = deadlineFor(day, params.deadlines.change, calendar);
  const cancel = deadlineFor(day, params.deadlines.cancel, calendar);
  facts.set('targetDate', target.date);
  facts.set('changeDeadline', displayMinute(change));
  facts.set('changeDeadlinePassed', deadlinePassed(at, change));
  facts.set('cancelDeadline', displayMinute(cancel));
  facts.set('cancelDeadlinePassed', deadlinePassed(at, cancel));
  facts.set('targetCaseCount', target.cases.length);
  const chosen = new Set(req.cancelCases ?? []);
  facts.set('cancelIsPartial', chosen.size > 0 && chosen.size < target.cases.length);
}
