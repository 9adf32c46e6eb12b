// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { shippedRulePack } from '../../../src/services/rule-pack-runtime';
import { language } from '../../../src/ui/i18n/language.svelte';
import { RulesInUse } from '../../../src/ui/shell/rules-in-use.svelte';
import RulesMark from '../../../src/ui/shell/RulesMark.svelte';

const unofficialPack = () => {
  const shipped = shippedRulePack();
  return {
    ...shipped,
    info: {
      ...shipped.info,
      origin: 'file' as const,
      label: { official: false, name: 'pack.json', version: '2026.12.24', hash: '0123456789ab' },
    },
  };
};

describe('RulesMark', () => {
  it('names unofficial rules until the user goes back to official ones; reports carry the mark', async () => {
    language.set('en');
    const rules = new RulesInUse();
    render(RulesMark, { rules });
    expect(screen.queryByTestId('unofficial-rules')).toBeNull();
    rules.use(unofficialPack());
    const mark = await screen.findByTestId('unofficial-rules');
    expect(mark.textContent).toContain('unofficial rules: pack.json 2026.12.24 0123456789ab');
    const outcome = await rules.drafts.check(
      { channel: 'online' },
      '2026-11-24T10:00:00+09:00',
      'en',
    );
    expect(outcome.kind === 'report' && outcome.report.rulePack.unofficial).toBe(
      'pack.json 2026.12.24 0123456789ab',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Go back to official rules' }));
    await waitFor(() => expect(screen.queryByTestId('unofficial-rules')).toBeNull());
    const official = await rules.drafts.check(
      { channel: 'online' },
      '2026-11-24T10:00:00+09:00',
      'en',
    );
    expect(official.kind === 'report' && official.report.rulePack.unofficial).toBeUndefined();
  });

  it('says in Japanese why a kept pack is not used, and shows a failure until dismissed', async () => {
    language.set('ja');
    const rules = new RulesInUse();
    render(RulesMark, { rules });
    rules.use({
      ...shippedRulePack(),
      problems: [
        {
          file: 'rules/',
          pointer: '',
          message: 'The signing key was revoked.',
          ja: '署名した鍵は失効しています。',
        },
      ],
    });
    expect((await screen.findByTestId('kept-pack-problem')).textContent).toContain(
      '署名した鍵は失効しています。',
    );
    rules.failure = { ja: 'ルール x の判定が終わりませんでした。', en: 'Rule x did not finish.' };
    expect((await screen.findByRole('alert')).textContent).toContain(
      'ルール x の判定が終わりませんでした。',
    );
    await fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
