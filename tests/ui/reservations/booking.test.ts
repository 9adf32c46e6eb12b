// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { language } from '../../../src/ui/i18n/language.svelte';
import { FakeSync } from './fake-sync';
import { addAllDrafts, chooseSlot, counterExtension, findingText, mount } from './fixtures';

describe('ReservationsPage booking', () => {
  it('refuses a booking over the per-slot limit with the reason and sends nothing', async () => {
    const sync = new FakeSync();
    mount(sync, { drafts: Array.from({ length: 21 }, () => counterExtension) });
    await chooseSlot('2026-11-25', '10:00');
    await addAllDrafts(21);
    const verdict = await screen.findByTestId('booking-verdict');
    await waitFor(() => expect(verdict.textContent).toContain('This booking is not allowed.'));
    expect(findingText('tokyo_reservation.cases_per_slot_exceeded')).toContain(
      'at most 20 cases per slot',
    );
    // The reason comes with its source.
    expect(findingText('tokyo_reservation.cases_per_slot_exceeded')).toContain('1枠あたり20件まで');
    const send = screen.getByRole('button', { name: 'Send the booking' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    await fireEvent.click(send);
    expect(sync.enqueued).toHaveLength(0);
    expect(screen.getByTestId('quota-cases').textContent).toBe('21 of 20 cases');
  });

  it('enqueues an allowed booking and lists it as queued', async () => {
    const sync = new FakeSync();
    mount(sync, { drafts: [counterExtension] });
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
    // The row names the applicant from the draft it was booked for (kept on this device).
    expect((await screen.findByTestId('entry-applicants')).textContent).toContain(
      'Applicants: Case 1',
    );
    expect(
      screen.getByRole('button', {
        name: 'Add to calendar (.ics): the 2026-11-25 10:00 appointment',
      }),
    ).toBeTruthy();
  });

  it('names the case fields the Osaka rules need next to the case, then allows it', async () => {
    const sync = new FakeSync();
    mount(sync, { drafts: [counterExtension], system: 'osaka_issuance' });
    await chooseSlot('2026-11-25', '10:00');
    await addAllDrafts(1);
    const needed = () => document.querySelector('li.case .needed')?.textContent ?? '';
    await waitFor(() => expect(needed()).toContain('Issuance counter'));
    expect(needed()).toContain('Examination finished');
    expect(screen.getByTestId('booking-verdict').textContent).toContain('not allowed');
    await fireEvent.change(screen.getByLabelText('Examination finished (notice received)'), {
      target: { value: 'yes' },
    });
    await fireEvent.change(screen.getByLabelText('Issuance counter (e.g. 2F-A)'), {
      target: { value: '2F-A' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('booking-verdict').textContent).toContain('is allowed'),
    );
    expect(document.querySelector('li.case .needed')).toBeNull();
  });

  it('switches language, including the planner findings', async () => {
    mount(new FakeSync(), { drafts: [counterExtension], lang: 'ja' });
    expect(screen.getByRole('heading', { name: '窓口予約' })).toBeTruthy();
    await chooseSlot('2026-11-25', '10:00');
    await addAllDrafts(1, '案件一覧から選ぶ', '追加');
    await waitFor(() =>
      expect(screen.getByTestId('booking-verdict').textContent).toContain('予約できます'),
    );
    expect(findingText('tokyo_reservation.dedicated_counter')).toContain('4階Fカウンター');
    language.set('en');
    expect(await screen.findByRole('heading', { name: 'Counter reservations' })).toBeTruthy();
    await waitFor(() =>
      expect(findingText('tokyo_reservation.dedicated_counter')).toContain('counter 4F F'),
    );
    expect(screen.getByTestId('booking-verdict').textContent).toContain('is allowed');
  });
});
