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
    const save = vi.spyOn(drafts, 'saveFrom');
    const saver = new Autosaver(drafts, record, { delayMs: 40 });
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
    const record = await drafts.create();
    await drafts.remove(record.id);
    const saver = new Autosaver(drafts, record, { onError });
    saver.change({ title: 'x' });
    await saver.flush();
    expect(onError).toHaveBeenCalledOnce();
  });

  it("takes in another tab's save, merged with what is typed here and not yet stored", async () => {
    const { drafts } = testStorage();
    const record = await drafts.create({ title: 'Kim', draft: { procedure: 'extension' } });
    const onMerged = vi.fn();
    const saver = new Autosaver(drafts, record, { delayMs: 10_000, onMerged });
    saver.change({ title: 'Kim Minjun' });
    // The other tab sets the channel from the same revision.
    const other = await drafts.saveFrom(record, {
      title: 'Kim',
      draft: { procedure: 'extension', channel: 'online' },
    });
    await saver.receive(other.record);
    expect(saver.content).toEqual({
      title: 'Kim Minjun',
      draft: { procedure: 'extension', channel: 'online' },
    });
    expect(onMerged).toHaveBeenCalledWith(saver.content, []);
    expect(saver.revision).toBe(2);
    await saver.flush();
    expect(await drafts.get(record.id)).toMatchObject({
      title: 'Kim Minjun',
      draft: { channel: 'online' },
      revision: 3,
    });
    // Its own save coming back from the live query changes nothing.
    onMerged.mockClear();
    await saver.receive(await drafts.get(record.id));
    expect(onMerged).not.toHaveBeenCalled();
  });

  it('reports a field both tabs changed, showing the stored value until the user picks', async () => {
    const { drafts } = testStorage();
    const record = await drafts.create({ title: 'Kim', draft: {} });
    const onMerged = vi.fn();
    const saver = new Autosaver(drafts, record, { delayMs: 10_000, onMerged });
    saver.change({ draft: { channel: 'counter' } });
    const other = await drafts.saveFrom(record, { title: 'Kim', draft: { channel: 'online' } });
    await saver.receive(other.record);
    expect(onMerged).toHaveBeenCalledWith({ title: 'Kim', draft: { channel: 'online' } }, [
      { pointer: '/draft/channel', base: undefined, mine: 'counter', theirs: 'online' },
    ]);
    expect(saver.dirty).toBe(false);
  });

  it('keeps typing that happened while a stale write was being merged', async () => {
    const { drafts } = testStorage();
    const record = await drafts.create({ title: 'K', draft: {} });
    await drafts.saveFrom(record, { title: 'K', draft: { bureau: 'tokyo' } });
    const onMerged = vi.fn();
    const saver = new Autosaver(drafts, record, { delayMs: 10_000, onMerged });
    saver.change({ title: 'Ki' });
    const writing = saver.flush();
    saver.change({ title: 'Kim' });
    await writing;
    expect(saver.content).toEqual({ title: 'Kim', draft: { bureau: 'tokyo' } });
    expect(onMerged).toHaveBeenLastCalledWith(saver.content, []);
    await saver.flush();
    expect(await drafts.get(record.id)).toMatchObject({ title: 'Kim', draft: { bureau: 'tokyo' } });
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
