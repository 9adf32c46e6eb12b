// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../../src/sync/memory-store';
import { ReservationSync } from '../../../src/sync/reservation-sync';
import { addAllDrafts, chooseSlot, counterExtension, mount } from './fixtures';

describe('ReservationsPage with the real outbox and no endpoint', () => {
  it('keeps an offline booking in the outbox, queued, and counts it against the quota', async () => {
    const store = new MemorySyncStore();
    const sync = new ReservationSync({ baseUrl: null, store });
    mount(sync, { drafts: [counterExtension] });
    expect(await screen.findByText('Capacity has not been fetched yet.')).toBeTruthy();
    await chooseSlot('2026-11-26', '14:00');
    await addAllDrafts(1);
    await waitFor(() =>
      expect(screen.getByTestId('booking-verdict').textContent).toContain('is allowed'),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Send the booking' }));
    expect(await screen.findByText('Queued offline')).toBeTruthy();
    const items = await store.all();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'book', state: 'queued' });
    await waitFor(() => expect(screen.getByTestId('quota-slots').textContent).toBe('1 of 3 slots'));
  });
});
