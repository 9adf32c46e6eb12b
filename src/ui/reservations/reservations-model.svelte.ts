import type { Temporal } from '@js-temporal/polyfill';
import type { Lang } from '../../domain/model/localized';
import type { Text } from '../i18n/messages';
import type { ReservationReply } from '../../domain/reservation/reservation-reply';
import type {
  ReservationFiler,
  ReservationSystemId,
} from '../../domain/reservation/reservation-request';
import type {
  PlanOutcome,
  ReservationPlannerService,
} from '../../services/reservation-planner-service';
import type {
  AvailabilityResult,
  OutboxItem,
  ReservationSyncApi,
  ServerReservation,
} from '../../sync/types';
import {
  linkBooking,
  memoryLinkStore,
  reconcileLinks,
  type ApplicantLink,
  type ApplicantLinkStore,
} from './applicant-links';
import type { BookingCase } from './draft-to-case';
import { availabilityRequest, filerKeyOf, type PlanContext } from './planner-requests';
import { existingReservations, reservationEntries } from './reservation-entries';

/**
 * State of the reservations page: the system, the filer, what the endpoint and the outbox
 * say, the planner's calendar, and the booking being prepared. Every write is checked by
 * the planner first and then handed to the sync adapter, never sent from here.
 */
export class ReservationsModel {
  system = $state<ReservationSystemId>('tokyo_application');
  filer = $state.raw<ReservationFiler | null>(null);
  now: Temporal.ZonedDateTime = $state.raw(undefined as unknown as Temporal.ZonedDateTime);
  availability = $state.raw<AvailabilityResult | null>(null);
  /** The last availability fetch failed outright (no endpoint and nothing kept). */
  availabilityFailed = $state(false);
  server = $state.raw<ServerReservation[]>([]);
  /** The server's list could not be read: entries come from the outbox alone. */
  serverOffline = $state(false);
  items = $state.raw<OutboxItem[]>([]);
  calendar = $state.raw<ReservationReply | null>(null);
  selected = $state.raw<{ date: string; time: string } | null>(null);
  cases = $state.raw<BookingCase[]>([]);
  notice = $state.raw<Text | null>(null);
  /** The drafts each reservation booked here was made for, to name its applicants. */
  links = $state.raw<readonly ApplicantLink[]>([]);

  /** Changes once a minute: deadlines are minutes, so the planner reruns on this, not per tick. */
  readonly minute = $derived(this.now.toString().slice(0, 16));
  readonly entries = $derived(reservationEntries(this.server, this.items, this.system));
  readonly existing = $derived(existingReservations(this.entries));
  readonly stale = $derived(
    this.availabilityFailed || (this.availability?.stale ?? false) || this.availability === null,
  );

  private calendarRun = 0;

  constructor(
    readonly service: ReservationPlannerService,
    readonly sync: ReservationSyncApi,
    now: Temporal.ZonedDateTime,
    private readonly linkStore: ApplicantLinkStore = memoryLinkStore(),
  ) {
    this.now = now;
  }

  async loadLinks(): Promise<void> {
    const kept = await this.linkStore.load();
    // A booking sent while the kept links were loading is not lost.
    this.links = [...kept, ...this.links.filter((l) => !kept.some((k) => k.key === l.key))];
    await this.followAnswers();
  }

  /** Remembers the drafts of a booking just handed to the outbox. */
  async rememberBooking(key: string, drafts: readonly string[]): Promise<void> {
    this.links = linkBooking(this.links, key, drafts);
    await this.linkStore.save(this.links);
    await this.followAnswers();
  }

  /** Keeps the links in step with the server's answers in the outbox. */
  async followAnswers(): Promise<void> {
    const next = reconcileLinks(this.links, this.items);
    if (next === this.links) return;
    this.links = next;
    await this.linkStore.save(next);
  }

  /** Slot times, lunch slots and limits of the system in force today. */
  get layout() {
    return this.service.paramsOn(this.system, this.now.toPlainDate().toString());
  }

  context(filer: ReservationFiler): PlanContext {
    return {
      system: this.system,
      filer,
      existing: this.existing,
      availability: this.availability?.slots ?? [],
    };
  }

  /** Endpoint availability (or the last copy kept) and the filer's reservations. */
  async refresh(): Promise<void> {
    const system = this.system;
    try {
      this.availability = await this.sync.availability(system);
      this.availabilityFailed = false;
    } catch {
      this.availabilityFailed = true;
    }
    if (!this.filer) return;
    try {
      this.server = await this.sync.reservations(filerKeyOf(this.filer), system);
      this.serverOffline = false;
    } catch {
      this.serverOffline = true;
    }
  }

  /** The calendar as the planner sees it now; a later run wins over an earlier slow one. */
  async planCalendar(lang: Lang): Promise<void> {
    const run = ++this.calendarRun;
    const req = availabilityRequest({
      system: this.system,
      filer: this.filer,
      existing: this.existing,
      availability: this.availability?.slots ?? [],
    });
    const out = await this.service.plan(req, this.now, lang);
    if (run !== this.calendarRun) return;
    this.calendar = out.kind === 'reply' ? out.reply : null;
    const chosen = this.selected;
    if (
      chosen &&
      !this.calendar?.slots.some((s) => s.date === chosen.date && s.time === chosen.time)
    ) {
      this.selected = null;
    }
  }

  plan(req: Parameters<ReservationPlannerService['plan']>[0], lang: Lang): Promise<PlanOutcome> {
    return this.service.plan(req, this.now, lang);
  }
}
