// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/sync/types';
import { FakeSync } from './fake-sync';
import { chooseSlot, confirmed, filer, findingText, mount } from './fixtures';

function rejectedBook(): OutboxItem {
  return {
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
  };
}

function entry(id: string): HTMLElement {
  const el = document.querySelector(`[data-entry="${id}"]`);
  if (!el) throw new Error(`no entry ${id}`);
  return el as HTMLElement;
}

describe('ReservationsPage reservation list', () => {
  it('shows the server reason of a rejected booking and lets it be dismissed', async () => {
    const sync = new FakeSync();
    sync.list = [rejectedBook()];
    mount(sync);
    expect(await screen.findByText('Rejected')).toBeTruthy();
    expect(screen.getByText(/The 11:00 slot is full\./).textContent).toContain('(capacity)');
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText('Rejected')).toBeNull());
  });

  it('offers cancel only while the rules allow it, and sends it through the outbox', async () => {
    const sync = new FakeSync();
    sync.server = [
      confirmed('late', '2026-11-25', '10:00'),
      confirmed('early', '2026-11-27', '10:00'),
    ];
    mount(sync);
    await waitFor(() => entry('late'));
    const cancelOf = (id: string) =>
      within(entry(id)).getByRole('button', { name: 'Cancel' }) as HTMLButtonElement;
    // 25 Nov: cancelling closed on 23 Nov at 18:00 (two calendar days before).
    await waitFor(() => expect(cancelOf('late').disabled).toBe(true));
    expect(findingText('tokyo_reservation.cancel_deadline_passed')).toContain('2026-11-23 18:00');
    await waitFor(() => expect(cancelOf('early').disabled).toBe(false));
    expect(entry('early').textContent).toContain('2026-11-25 18:00');
    await fireEvent.click(cancelOf('early'));
    await waitFor(() => expect(sync.enqueued).toHaveLength(1));
    expect(sync.enqueued[0]).toMatchObject({ kind: 'cancel', request: { reservationId: 'early' } });
    expect(await within(entry('early')).findByText(/Cancellation request/)).toBeTruthy();
  });

  it('moves a reservation to the chosen slot after the planner allows it', async () => {
    const sync = new FakeSync();
    sync.server = [confirmed('r1', '2026-11-27', '10:00', 2)];
    mount(sync);
    await chooseSlot('2026-11-30', '14:00');
    const move = await within(await waitFor(() => entry('r1'))).findByRole('button', {
      name: 'Move to the chosen slot',
    });
    await fireEvent.click(move);
    await waitFor(() => expect(sync.enqueued).toHaveLength(1));
    expect(sync.enqueued[0]).toMatchObject({
      kind: 'change',
      request: { reservationId: 'r1', booking: { date: '2026-11-30', time: '14:00' } },
    });
  });

  it('cancels part of an Osaka reservation', async () => {
    const sync = new FakeSync();
    sync.server = [confirmed('o1', '2026-11-27', '10:00', 3, 'osaka_issuance')];
    mount(sync, { system: 'osaka_issuance' });
    const row = await waitFor(() => entry('o1'));
    await fireEvent.click(await within(row).findByLabelText('Case 2'));
    await fireEvent.click(
      within(row).getByRole('button', { name: 'Cancel the chosen cases only' }),
    );
    await waitFor(() => expect(sync.enqueued).toHaveLength(1));
    expect(sync.enqueued[0]).toMatchObject({
      kind: 'cancel',
      request: { system: 'osaka_issuance', reservationId: 'o1', cancelCases: [1] },
    });
  });

  it('withdraws a booking still queued offline', async () => {
    const sync = new FakeSync();
    sync.server = 'offline';
    sync.list = [{ ...rejectedBook(), state: 'queued', problem: undefined } as OutboxItem];
    mount(sync);
    expect(await screen.findByText('Queued offline')).toBeTruthy();
    expect(await screen.findByText(/Cannot read the server list/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('Cancelled')).toBeTruthy();
  });
});
