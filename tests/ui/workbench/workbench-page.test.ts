// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { shippedRulePack } from '../../../src/services/rule-pack-runtime';
import { RulePackStore } from '../../../src/services/rule-pack-store';
import { language } from '../../../src/ui/i18n/language.svelte';
import WorkbenchPage from '../../../src/ui/workbench/WorkbenchPage.svelte';
import { bundleText } from '../../../src/workbench/pack-bundle';
import { stampVersion } from '../../../src/workbench/pack-edits';

function english() {
  language.set('en');
  return {};
}

let n = 0;
function mount(extra: Record<string, unknown> = {}) {
  const store = new RulePackStore(`wb-page-${++n}`);
  const onPackChange = vi.fn();
  render(WorkbenchPage, {
    ...english(),
    initial: shippedRulePack(),
    store,
    onPackChange,
    ...extra,
  });
  return { store, onPackChange };
}

describe('WorkbenchPage', () => {
  it('browses rules in plain language and filters interpretations', async () => {
    mount();
    const status = () => screen.getByText(/\d+ \/ \d+ rules/);
    const total = Number(/\/ (\d+)/.exec(status().textContent!)![1]);
    await fireEvent.change(screen.getByLabelText('Confidence'), {
      target: { value: 'interpretation' },
    });
    const shown = Number(/(\d+) \//.exec(status().textContent!)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(screen.getAllByText('interpretation').length).toBeGreaterThanOrEqual(shown);
  });

  it('adds a dated parameter value through the form and keeps the past values', async () => {
    mount();
    await fireEvent.input(screen.getByLabelText('Search words'), {
      target: { value: 'cases_per_slot' },
    });
    const edit = screen.getAllByRole('button', {
      name: /Add or edit values: .*\(reservation_tokyo\.cases_per_slot\)/,
    })[0]!;
    await fireEvent.click(edit);
    const editor = screen.getByRole('region', { name: /Parameter values/ });
    const before = within(editor).getAllByRole('listitem').length;
    await fireEvent.input(within(editor).getByLabelText('Applies from'), {
      target: { value: '2027-01-04' },
    });
    await fireEvent.input(within(editor).getByLabelText('Value (cases)'), {
      target: { value: '2' },
    });
    await fireEvent.input(within(editor).getByLabelText('Section or heading'), {
      target: { value: 'notice of 2027' },
    });
    await fireEvent.click(within(editor).getByRole('button', { name: 'Add' }));
    expect(within(editor).getAllByRole('listitem')).toHaveLength(before + 1);
    expect(within(editor).getByText('added now')).toBeTruthy();
    // A day the pack already holds is history: it is refused, not overwritten.
    const first = within(editor).getAllByRole('listitem')[0]!.querySelector('strong')!.textContent!;
    await fireEvent.input(within(editor).getByLabelText('Applies from'), {
      target: { value: first },
    });
    await fireEvent.click(within(editor).getByRole('button', { name: 'Add' }));
    expect(within(editor).getByRole('alert').textContent).toContain(first);
  });

  it('validates a rule edit as it is typed with the command line file#pointer', async () => {
    mount();
    await fireEvent.input(screen.getByLabelText('Search words'), {
      target: { value: 'online.procedure_not_eligible' },
    });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Edit this rule: online.procedure_not_eligible' }),
    );
    const editor = screen.getByRole('region', { name: /Edit rule/ });
    await fireEvent.input(within(editor).getByLabelText('Message (English)'), {
      target: { value: '' },
    });
    const alert = await within(editor).findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(
      /rules\/online-eligibility\/rules\.json#\/rules\/\d+\/message\/en/,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('The rule files are valid')).toBeTruthy(), {
      timeout: 5000,
    });
  });

  it('starts a new version of a rule from a day and opens it', async () => {
    mount();
    await fireEvent.input(screen.getByLabelText('Search words'), {
      target: { value: 'online.permanent_residence_counter_only' },
    });
    await fireEvent.click(
      screen.getByRole('button', {
        name: 'Edit this rule: online.permanent_residence_counter_only',
      }),
    );
    const form = screen.getByRole('form', { name: 'Start a new version from this day' });
    await fireEvent.input(within(form).getByLabelText('New version starts on'), {
      target: { value: '2027-04-01' },
    });
    await fireEvent.click(within(form).getByRole('button', { name: 'Create the new version' }));
    const editor = screen.getByRole('region', { name: /Edit rule/ });
    expect(editor.textContent).toContain('online.permanent_residence_counter_only_20270401');
    expect((within(editor).getByLabelText('From') as HTMLInputElement).value).toBe('2027-04-01');
  });

  it('imports a bundle from a URL and publishes it to the app with its version', async () => {
    const bundle = bundleText(stampVersion(shippedRulePack().files, '2026.12.24', '2026-12-24'));
    const fetchFn = vi.fn(async () => new Response(bundle));
    const { onPackChange, store } = mount({ fetchFn });
    await fireEvent.click(screen.getByRole('tab', { name: 'Publish' }));
    await fireEvent.input(screen.getByLabelText('Load from a URL'), {
      target: { value: 'https://example.org/pack.json' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    await screen.findByText(/Loaded\. Check the tests/);
    expect(screen.getAllByText('rules/pack.json').length).toBeGreaterThan(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Use these rules in the app' }));
    // Unsigned: nothing is used until the user acknowledges unofficial rules (issue 14 §3).
    const acknowledge = await screen.findByLabelText(
      'I understand these are unofficial rules and want to try them',
      {},
      { timeout: 15_000 },
    );
    expect(screen.getByText(/The pack is not signed/)).toBeTruthy();
    const use = screen.getByRole('button', { name: 'Use this pack' }) as HTMLButtonElement;
    expect(use.disabled).toBe(true);
    expect(onPackChange).not.toHaveBeenCalled();
    await fireEvent.click(acknowledge);
    await fireEvent.click(use);
    await waitFor(() => expect(onPackChange).toHaveBeenCalled());
    expect(onPackChange.mock.lastCall![0].info).toMatchObject({
      version: '2026.12.24',
      origin: 'url',
      label: { official: false, name: 'https://example.org/pack.json', version: '2026.12.24' },
    });
    expect((await store.active())?.source).toBe('https://example.org/pack.json');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the shipped rules' }));
    await waitFor(() => expect(onPackChange.mock.lastCall![0].info.origin).toBe('shipped'));
  });

  it('lists a catastrophic pattern of an imported pack, as rules:check does, and refuses to use it', async () => {
    const files = stampVersion(shippedRulePack().files, '2026.12.24', '2026-12-24');
    const params = structuredClone(files['rules/online-eligibility/parameters.json']) as {
      parameters: Record<string, { values: Record<string, { value: unknown }> }>;
    };
    for (const v of Object.values(params.parameters['online.credential_number_pattern']!.values)) {
      v.value = '^([0-9]+)+$';
    }
    const bundle = bundleText({ ...files, 'rules/online-eligibility/parameters.json': params });
    const { onPackChange } = mount({ fetchFn: vi.fn(async () => new Response(bundle)) });
    await fireEvent.click(screen.getByRole('tab', { name: 'Publish' }));
    await fireEvent.input(screen.getByLabelText('Load from a URL'), {
      target: { value: 'https://example.org/pack.json' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    await screen.findAllByText(/exponential time \(ReDoS/, {}, { timeout: 15_000 });
    await fireEvent.click(screen.getByRole('button', { name: 'Use these rules in the app' }));
    await screen.findByText(/This pack cannot be used/, {}, { timeout: 15_000 });
    expect(onPackChange).not.toHaveBeenCalled();
  });
});
