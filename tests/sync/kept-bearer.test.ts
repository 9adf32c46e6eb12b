import { describe, expect, it } from 'vitest';
import { KeptBearer, type TokenStorage } from '../../src/sync/kept-bearer';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { ReservationSync } from '../../src/sync/reservation-sync';
import type { SyncClock } from '../../src/sync/types';

/** sessionStorage as a tab has it: survives a reload (a new ReservationSync), not the tab. */
class TabStorage implements TokenStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const NOW = Date.UTC(2026, 11, 2, 1, 0, 0);
const clock: SyncClock = {
  now: () => NOW,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
};
const TOKEN = 't'.repeat(43);
const LATER = '2026-12-02T13:00:00Z';

/** A page load: a new adapter on the same tab storage, reading availability once. */
async function load(tokens: TokenStorage, endpoint: string) {
  const seen: (string | null)[] = [];
  const sync = new ReservationSync({
    baseUrl: '',
    store: new MemorySyncStore(),
    clock,
    tokens,
    fetch: async (_url, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response(JSON.stringify({ slots: [] }), { status: 200 });
    },
  });
  sync.setEndpoint(endpoint);
  await sync.availability('tokyo_application');
  return { sync, seen };
}

describe('the bearer token across reloads', () => {
  it('a reload stays signed in to the endpoint that issued the token, until sign-out', async () => {
    const tab = new TabStorage();
    const first = await load(tab, 'https://api.example');
    expect(first.seen).toEqual([null]);
    first.sync.setBearer(TOKEN, LATER);
    const reloaded = await load(tab, 'https://api.example/');
    expect(reloaded.sync.bearer).toBe(TOKEN);
    expect(reloaded.seen).toEqual([`Bearer ${TOKEN}`]);
    // Never sent to another endpoint, nor to this origin's (which uses its cookie).
    expect((await load(tab, 'https://other.example')).seen).toEqual([null]);
    reloaded.sync.setEndpoint('');
    expect(reloaded.sync.bearer).toBeNull();
    reloaded.sync.setEndpoint('https://api.example');
    reloaded.sync.setBearer(null);
    expect(tab.items.size).toBe(0);
    expect((await load(tab, 'https://api.example')).seen).toEqual([null]);
  });

  it('forgets a token whose session has ended, and survives storage that throws', () => {
    const tab = new TabStorage();
    const kept = new KeptBearer(tab, () => NOW);
    kept.write('https://api.example', TOKEN, '2026-12-02T00:59:59Z');
    expect(kept.read('https://api.example')).toBeNull();
    expect(tab.items.size).toBe(0);
    tab.setItem('zairyu-precheck.bearer:https://api.example', '{not json');
    expect(kept.read('https://api.example')).toBeNull();
    const broken: TokenStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const none = new KeptBearer(broken, () => NOW);
    expect(() => none.write('https://api.example', TOKEN, LATER)).not.toThrow();
    expect(none.read('https://api.example')).toBeNull();
  });
});
