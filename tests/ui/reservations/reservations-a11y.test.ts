// @vitest-environment jsdom
import axe from 'axe-core';
import { screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { FakeSync } from './fake-sync';
import { addAllDrafts, chooseSlot, confirmed, counterExtension, mount } from './fixtures';

async function violations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so contrast is left to the browser tests.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

describe('ReservationsPage accessibility', () => {
  it.each(['ja', 'en'] as const)(
    'has no axe violations with a booking and reservations, in %s',
    async (lang) => {
      const sync = new FakeSync();
      sync.server = [confirmed('r1', '2026-11-27', '10:00', 2, 'osaka_issuance')];
      const { container } = mount(sync, {
        drafts: [counterExtension],
        lang,
        system: 'osaka_issuance',
      });
      await chooseSlot('2026-11-25', '10:00');
      await addAllDrafts(
        1,
        lang === 'ja' ? '案件一覧から選ぶ' : 'Choose from the drafts',
        lang === 'ja' ? '追加' : 'Add',
      );
      await waitFor(() => expect(screen.getByTestId('booking-verdict')).toBeTruthy());
      await waitFor(() => expect(container.querySelector('fieldset.partial')).not.toBeNull());
      expect(await violations(container)).toEqual([]);
    },
  );
});
