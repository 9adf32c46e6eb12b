// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { Locale } from '../../../src/ui/i18n/locale.svelte';
import EditorHarness from './EditorHarness.svelte';

describe('EditorPage accessibility', () => {
  it('has no axe violations with a report shown', async () => {
    const data = new Map<string, string>();
    const locale = new Locale({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
    });
    render(EditorHarness, {
      locale,
      service: new DraftCheckService(),
      initial: {
        procedure: 'extension',
        channel: 'online',
        withProcedures: ['reentry'],
        filer: { category: 'relative' },
        applicant: { stayExpires: '2027-06-30' },
      },
      asOf: '2026-11-24T10:00:00+09:00',
      saved: () => {},
    });
    await screen.findByTestId('verdict');
    // Colour contrast needs real layout, which jsdom lacks; landmarks (<main>) are the shell's.
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    const problems = result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
    );
    expect(problems).toEqual([]);
  });
});
