import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../src/storage/autosaver';
import { LiveQuery } from '../../src/storage/live-query.svelte';
import { testStorage } from './helpers';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('Autosaver', () => {
  it('merges quick changes into one write and flushes on demand', async () => {
    const { drafts } = testStorage();
    const record = await drafts.create();
    const save = vi.spyOn(drafts, 'save');
    const saver = new Autosaver(drafts, record.id, { delayMs: 40 });
    saver.change({ title: 'K' });
    saver.change({ title: 'Ki' });
    saver.change({ formState: { stayExpires: '2027-0' } });
    expect(saver.dirty).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(save).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await saver.flush();
    expect(save).toHaveBeenCalledOnce();
    expect(saver.dirty).toBe(false);
    saver.change({ title: 'Kim' });
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(await drafts.get(record.id)).toMatchObject({
      title: 'Kim',
      formState: { stayExpires: '2027-0' },
    });
  });

  it('reports a failed write instead of losing it silently', async () => {
    const { drafts } = testStorage();
    const onError = vi.fn();
    const saver = new Autosaver(drafts, 'no-such-id', { onError });
    saver.change({ title: 'x' });
    await saver.flush();
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('LiveQuery', () => {
  it('holds the latest result as state and stops on request', async () => {
    const { drafts } = testStorage();
    const live = new LiveQuery(() => drafts.count());
    // Polled rather than timed: on a loaded machine the first result can take longer than 50 ms.
    await vi.waitFor(() => expect(live.loaded).toBe(true), { timeout: 5000 });
    expect(live.current).toBe(0);
    await drafts.create();
    await vi.waitFor(() => expect(live.current).toBe(1), { timeout: 5000 });
    live.stop();
    await drafts.create();
    await settle();
    expect(live.current).toBe(1);
  });
});
