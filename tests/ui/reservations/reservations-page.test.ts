// @vitest-environment jsdom
import { Temporal } from '@js-temporal/polyfill';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { ReservationPlannerService } from '../../../src/services/reservation-planner-service';
import type { ServerReservation } from '../../../src/sync/types';
import { Locale } from '../../../src/ui/i18n/locale.svelte';
import ReservationsPage from '../../../src/ui/reservations/ReservationsPage.svelte';
import { FakeSync } from './fake-sync';

const service = new ReservationPlannerService();
// Tuesday 24 Nov 2026, 10:00 in Tokyo (the day after Labour Thanksgiving Day).
const AT = Temporal.ZonedDateTime.from('2026-11-24T10:00:00+09:00[Asia/Tokyo]');
const clock = () => AT;
const filer = {
  category: 'org_staff',
  credential: { kind: 'agent_certificate', number: '123456789012' },
};
const counterExtension: Draft = { procedure: 'extension', channel: 'counter' };

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function confirmed(id: string, date: string, time: string, cases = 1): ServerReservation {
  return {
    id,
    system: 'tokyo_application',
    filerKey: '123456789012',
    date,
    time,
    cases: Array.from({ length: cases }, () => ({
      procedure: 'extension',
      channel: 'counter' as const,
    })),
    state: 'confirmed',
    createdAt: '2026-11-20T01:00:00Z',
    updatedAt: '2026-11-20T01:00:00Z',
  };
}

function mount(sync: FakeSync, drafts: Draft[] = [], lang: 'ja' | 'en' = 'en') {
  const locale = new Locale(memoryStorage());
  locale.set(lang);
  const listDrafts = async () =>
    drafts.map((draft, i) => ({ id: `d${i}`, title: `Case ${i + 1}`, draft }));
  render(ReservationsPage, { locale, sync, filer, listDrafts, clock, tickMs: 60_000, service });
  return locale;
}

async function addAllDrafts(count: number) {
  const picker = screen.getByLabelText('Choose from the drafts') as HTMLSelectElement;
  await waitFor(() => expect(picker.options.length).toBe(count + 1));
  for (let i = 0; i < count; i++) {
    await fireEvent.change(picker, { target: { value: `d${i}` } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  }
}

async function chooseSlot(date: string, time: string) {
  const radio = await waitFor(() => {
    const el = document.querySelector(`input[name="reservation-slot"][value="${date}T${time}"]`);
    expect(el).not.toBeNull();
    return el as HTMLInputElement;
  });
  await fireEvent.click(radio);
}

describe('ReservationsPage', () => {
  let sync: FakeSync;
  beforeEach(() => {
    sync = new FakeSync();
  });

  it('shows the five bookable open days with their slots and lunch slots', async () => {
    mount(sync);
    await waitFor(() => expect(document.querySelectorAll('fieldset.day')).toHaveLength(5));
    const days = [...document.querySelectorAll('fieldset.day')].map((d) =>
      d.getAttribute('data-day'),
    );
    expect(days).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']);
    const first = document.querySelector('fieldset.day') as HTMLElement;
    expect(within(first).getAllByRole('radio')).toHaveLength(12);
    expect(within(first).getAllByText('Lunch break (no reception)')).toHaveLength(2);
  });

  it('marks capacity from an earlier fetch as possibly stale with its fetch time', async () => {
    sync.avail = {
      slots: [
        {
          system: 'tokyo_application',
          date: '2026-11-25',
          time: '10:00',
          capacity: 50,
          remaining: 7,
          fetchedAt: '2026-11-24T00:30:00Z',
        },
      ],
      stale: true,
      fetchedAt: '2026-11-24T00:30:00Z',
    };
    mount(sync);
    const note = await screen.findByTestId('availability-note');
    await waitFor(() => expect(note.textContent).toContain('possibly stale'));
    expect(note.textContent).toContain('2026-11-24 09:30');
    expect(await screen.findByText('7 left')).toBeTruthy();
  });

  it('meters the slots held against the quota of each system', async () => {
    sync.server = [
      confirmed('r1', '2026-11-25', '10:00', 4),
      confirmed('r2', '2026-11-26', '09:00'),
    ];
    mount(sync);
    await waitFor(() => expect(screen.getByTestId('quota-slots').textContent).toBe('2 of 3 slots'));
    await chooseSlot('2026-11-25', '10:00');
    expect(screen.getByTestId('quota-cases').textContent).toBe('4 of 20 cases');
    await fireEvent.click(screen.getByLabelText('Osaka issuance reservation'));
    await waitFor(() => expect(screen.getByTestId('quota-slots').textContent).toBe('0 of 2 slots'));
    expect(screen.getByTestId('quota-cases').textContent).toBe('0 of 15 cases');
  });

  it('refuses a booking over the per-slot limit with the reason and sends nothing', async () => {
    mount(
      sync,
      Array.from({ length: 21 }, () => counterExtension),
    );
    await chooseSlot('2026-11-25', '10:00');
    await addAllDrafts(21);
    const verdict = await screen.findByTestId('booking-verdict');
    await waitFor(() => expect(verdict.textContent).toContain('This booking is not allowed.'));
    expect(
      document.querySelector('[data-finding="tokyo_reservation.cases_per_slot_exceeded"]')
        ?.textContent,
    ).toContain('at most 20 cases per slot');
    const send = screen.getByRole('button', { name: 'Send the booking' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    await fireEvent.click(send);
    expect(sync.enqueued).toHaveLength(0);
    expect(screen.getByTestId('quota-cases').textContent).toBe('21 of 20 cases');
  });

  it('enqueues an allowed booking and lists it as queued', async () => {
    mount(sync, [counterExtension]);
    await chooseSlot('2026-11-25', '10:00');
    await addAllDrafts(1);
    await waitFor(() =>
      expect(screen.getByTestId('booking-verdict').textContent).toContain('is allowed'),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Send the booking' }));
    await waitFor(() => expect(sync.enqueued).toHaveLength(1));
    expect(sync.enqueued[0]).toMatchObject({
      kind: 'book',
      request: {
        system: 'tokyo_application',
        filerKey: '123456789012',
        booking: {
          date: '2026-11-25',
          time: '10:00',
          cases: [{ procedure: 'extension', channel: 'counter' }],
        },
      },
    });
    expect(await screen.findByText('Queued offline')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('quota-slots').textContent).toBe('1 of 3 slots'));
  });

  it('names the case fields the Osaka rules need next to the case', async () => {
    mount(sync, [counterExtension]);
    await fireEvent.click(await screen.findByLabelText('Osaka issuance reservation'));
    await chooseSlot('2026-11-25', '10:00');
    await addAllDrafts(1);
    const item = await waitFor(() => {
      const el = document.querySelector('li.case .needed');
      expect(el?.textContent).toContain('Issuance counter');
      return el!;
    });
    expect(item.textContent).toContain('Examination finished');
  });

  it('shows the server reason of a rejected booking', async () => {
    sync.list = [
      {
        key: 'k1',
        kind: 'book',
        system: 'tokyo_application',
        request: {
          system: 'tokyo_application',
          filer,
          booking: { date: '2026-11-26', time: '11:00', cases: [{ procedure: 'extension' }] },
        },
        state: 'rejected',
        attempts: 1,
        nextAttemptAt: null,
        problem: {
          type: 'about:blank',
          title: 'Slot full',
          status: 409,
          detail: 'The 11:00 slot is full.',
          reason: 'capacity',
        },
        createdAt: '2026-11-24T00:00:00Z',
        updatedAt: '2026-11-24T00:00:10Z',
      },
    ];
    mount(sync);
    expect(await screen.findByText('Rejected')).toBeTruthy();
    expect(screen.getByText(/The 11:00 slot is full\./).textContent).toContain('(capacity)');
  });

  it('switches language, including the planner findings', async () => {
    const locale = mount(sync, [counterExtension], 'ja');
    expect(screen.getByRole('heading', { name: '窓口予約' })).toBeTruthy();
    await chooseSlot('2026-11-25', '10:00');
    await fireEvent.change(await screen.findByLabelText('案件一覧から選ぶ'), {
      target: { value: 'd0' },
    });
    await fireEvent.click(screen.getByRole('button', { name: '追加' }));
    await waitFor(() =>
      expect(screen.getByTestId('booking-verdict').textContent).toContain('予約できます'),
    );
    locale.set('en');
    expect(await screen.findByRole('heading', { name: 'Counter reservations' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('booking-verdict').textContent).toContain('is allowed'),
    );
    await waitFor(() =>
      expect(
        document.querySelector('[data-finding="tokyo_reservation.dedicated_counter"]')?.textContent,
      ).toContain('counter 4F F'),
    );
  });
});
