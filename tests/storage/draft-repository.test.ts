import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DraftNotFoundError } from '../../src/storage/draft-repository';
import { RECORD_SCHEMA_VERSION } from '../../src/storage/draft-record';
import { openAppStorage } from '../../src/storage/app-storage';
import { testStorage } from './helpers';

describe('DraftRepository', () => {
  it('creates a record with a uuid, instants and the schema version', async () => {
    const { drafts } = testStorage();
    const record = await drafts.create({ title: 'NGUYEN', draft: { procedure: 'extension' } });
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.createdAt).toBe('2026-11-23T01:00:00Z');
    expect(record.updatedAt).toBe(record.createdAt);
    expect(record.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(await drafts.get(record.id)).toEqual(record);
  });

  it('saves changes, keeps unfinished input and moves updatedAt', async () => {
    const { drafts } = testStorage();
    const record = await drafts.create();
    const saved = await drafts.save(record.id, {
      draft: { applicant: { name: 'LE THI B' } },
      formState: { 'applicant.stayExpires': '2027-0' },
    });
    expect(saved.updatedAt > record.updatedAt).toBe(true);
    const read = await drafts.get(record.id);
    expect(read?.formState).toEqual({ 'applicant.stayExpires': '2027-0' });
    expect(read?.draft.applicant?.name).toBe('LE THI B');
    expect(read?.createdAt).toBe(record.createdAt);
    expect(read).not.toHaveProperty('procedure');
    await expect(drafts.save('missing', { title: 'x' })).rejects.toBeInstanceOf(DraftNotFoundError);
  });

  it('duplicates into an independent copy and removes', async () => {
    const { drafts } = testStorage();
    const source = await drafts.create({ title: 'A', draft: { applicant: { name: 'A' } } });
    const copy = await drafts.duplicate(source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy.title).toBe('A (2)');
    expect(copy.draft).toEqual(source.draft);
    await drafts.save(copy.id, { draft: { applicant: { name: 'B' } } });
    expect((await drafts.get(source.id))?.draft.applicant?.name).toBe('A');
    await drafts.remove(source.id);
    expect(await drafts.get(source.id)).toBeUndefined();
    expect(await drafts.count()).toBe(1);
  });

  it('searches title, applicant name and procedure names, and filters by procedure', async () => {
    const { drafts } = testStorage();
    const a = await drafts.create({ title: 'Ｋｉｍ file', draft: { procedure: 'extension' } });
    const b = await drafts.create({ draft: { applicant: { name: 'Tran Van C' } } });
    const c = await drafts.create({ title: 'other', draft: { procedure: 'coe' } });
    const ids = async (q: Parameters<typeof drafts.list>[0]) =>
      (await drafts.list(q)).map((r) => r.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ text: 'kim' })).toEqual([a.id]);
    expect(await ids({ text: 'van tran' })).toEqual([b.id]);
    expect(await ids({ text: '更新' })).toEqual([a.id]);
    expect(await ids({ text: 'extension' })).toEqual([a.id]);
    expect(await ids({ procedure: 'coe' })).toEqual([c.id]);
    expect(await ids({ procedure: '' })).toEqual([b.id]);
    expect(await ids({ procedure: 'extension', text: 'nobody' })).toEqual([]);
  });

  it('keeps everything when the database is closed and opened again (a reload)', async () => {
    const name = `reload-${crypto.randomUUID()}`;
    const first = openAppStorage({ name });
    const record = await first.drafts.create({ title: 'A', formState: { date: '2026-1' } });
    first.close();
    const again = openAppStorage({ name });
    expect(await again.drafts.get(record.id)).toEqual(record);
    again.close();
  });

  it('pushes live updates after each write', async () => {
    const { drafts } = testStorage();
    const seen: number[] = [];
    const subscription = drafts.live().subscribe((list) => seen.push(list.length));
    // Each step waits for the push it causes, not a fixed time: a loaded machine is slower.
    const pushed = (n: number) => vi.waitFor(() => expect(seen).toHaveLength(n));
    await pushed(1);
    await drafts.create({ title: 'one' });
    await pushed(2);
    await drafts.create({ title: 'two' });
    await pushed(3);
    subscription.unsubscribe();
    expect(seen).toEqual([0, 1, 2]);
  });
});
