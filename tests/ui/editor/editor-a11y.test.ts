// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { language } from '../../../src/ui/i18n/language.svelte';
import EditorHarness from './EditorHarness.svelte';

describe('EditorPage accessibility', () => {
  it('has no axe violations with a report shown', async () => {
    language.set('ja');
    render(EditorHarness, {
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
