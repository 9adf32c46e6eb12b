// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { shippedRulePack } from '../../../src/services/rule-pack-runtime';
import { RulePackStore } from '../../../src/services/rule-pack-store';
import { language } from '../../../src/ui/i18n/language.svelte';
import WorkbenchPage from '../../../src/ui/workbench/WorkbenchPage.svelte';

function english() {
  language.set('en');
  return {};
}

describe('WorkbenchPage test flow', () => {
  it('a lower Tokyo per-slot limit fails a case with its diff; accepting the result fixes it', async () => {
    render(WorkbenchPage, {
      ...english(),
      initial: shippedRulePack(),
      store: new RulePackStore('wb-flow'),
    });
    await fireEvent.input(screen.getByLabelText('Search words'), {
      target: { value: 'cases_per_slot' },
    });
    await fireEvent.click(
      screen.getAllByRole('button', {
        name: /Add or edit values: .*\(reservation_tokyo\.cases_per_slot\)/,
      })[0]!,
    );
    const editor = screen.getByRole('region', { name: /Parameter values/ });
    await fireEvent.input(within(editor).getByLabelText('Applies from'), {
      target: { value: '2020-12-09' },
    });
    await fireEvent.input(within(editor).getByLabelText('Value (cases)'), {
      target: { value: '19' },
    });
    await fireEvent.input(within(editor).getByLabelText('Section or heading'), {
      target: { value: 'test change' },
    });
    await fireEvent.click(within(editor).getByRole('button', { name: 'Add' }));

    await fireEvent.click(screen.getByRole('tab', { name: 'Test' }));
    await screen.findByText(/\d+ passed, 1 failed/, {}, { timeout: 90000 });
    const row = screen.getAllByText('20 cases in one slot is the limit')[0]!.closest('li')!;
    expect(within(row).getByText('allowed')).toBeTruthy();
    expect(within(row).getByText('true')).toBeTruthy();
    await fireEvent.click(
      within(row).getByRole('button', { name: /Make the actual result the expectation/ }),
    );
    await screen.findByText(/\d+ passed, 0 failed/, {}, { timeout: 90000 });
  }, 240000);
});
