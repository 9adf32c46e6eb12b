import { describe, expect, it } from 'vitest';
import { loadScratch, saveScratch } from '../../../src/ui/check/scratch-draft';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the check page keeps its text', () => {
  it('across reloads without a lock', () => {
    const store = memoryStore();
    saveScratch('{"applicant":{"name":"QUIXOTE"}}', store, false);
    expect(loadScratch(store)).toContain('QUIXOTE');
  });

  it('never in clear under the passphrase lock, and drops what was kept', () => {
    const store = memoryStore();
    saveScratch('{"applicant":{"name":"QUIXOTE"}}', store, false);
    saveScratch('{"applicant":{"name":"QUIXOTE Z"}}', store, true);
    expect([...store.items.values()].join()).not.toContain('QUIXOTE');
  });
});
