// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { FakeSync } from './fake-sync';
import { AT, chooseSlot, confirmed, mount } from './fixtures';

describe('ReservationsPage calendar', () => {
  it('shows the five bookable open days with their slots and lunch slots', async () => {
    mount(new FakeSync());
    await waitFor(() => expect(document.querySelectorAll('fieldset.day')).toHaveLength(5));
    const days = [...document.querySelectorAll('fieldset.day')].map((d) =>
      d.getAttribute('data-day'),
    );
    expect(days).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']);
    const first = document.querySelector('fieldset.day') as HTMLElement;
    expect(within(first).getAllByRole('radio')).toHaveLength(12);
    expect(within(first).getAllByText('Lunch break (no reception)')).toHaveLength(2);
  });

  it('shows one-hour slots and the lunch hour for Osaka', async () => {
    mount(new FakeSync(), { system: 'osaka_issuance' });
    await waitFor(() => expect(document.querySelectorAll('fieldset.day')).toHaveLength(5));
    const first = document.querySelector('fieldset.day') as HTMLElement;
    expect(within(first).getAllByRole('radio')).toHaveLength(6);
    expect(within(first).getByText('12:00–13:00')).toBeTruthy();
    expect(within(first).getByText('Lunch break (no reception)')).toBeTruthy();
  });

  it('marks capacity from an earlier fetch as possibly stale with its fetch time', async () => {
    const sync = new FakeSync();
    const fetchedAt = '2026-11-24T00:30:00Z';
    sync.avail = {
      slots: [
        {
          system: 'tokyo_application',
          date: '2026-11-25',
          time: '10:00',
          capacity: 50,
          remaining: 7,
          fetchedAt,
        },
      ],
      stale: true,
      fetchedAt,
    };
    mount(sync);
    const note = await screen.findByTestId('availability-note');
    await waitFor(() => expect(note.textContent).toContain('possibly stale'));
    expect(note.textContent).toContain('2026-11-24 09:30');
    expect(await screen.findByText('7 left')).toBeTruthy();
  });

  it('meters the slots held against the quota of each system', async () => {
    const sync = new FakeSync();
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

  it('counts down to the deadlines of the chosen slot as the clock ticks', async () => {
    let now = AT;
    mount(new FakeSync(), { clock: () => now, tickMs: 20 });
    await chooseSlot('2026-11-25', '10:00');
    const book = () => document.querySelector('[data-deadline="book"]')?.textContent ?? '';
    expect(book()).toContain('2026-11-24 11:59');
    expect(book()).toContain('02:00:00 left');
    expect(document.querySelector('[data-deadline="cancel"]')?.textContent).toContain('passed');
    now = AT.add({ seconds: 5 });
    await waitFor(() => expect(book()).toContain('01:59:55 left'));
  });
});
