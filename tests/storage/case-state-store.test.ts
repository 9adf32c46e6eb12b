import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { invalidCaseState } from '../../src/domain/cases-dashboard';
import { caseStateKey, CaseStateStore } from '../../src/storage/case-state-store';
import { PrecheckDatabase } from '../../src/storage/database';
import { draftIdentity, possibleDuplicates } from '../../src/storage/draft-identity';
import { DraftRepository } from '../../src/storage/draft-repository';
import { steppingClock } from './helpers';

describe('cached case states', () => {
  it('keys a state by the save, the Tokyo day and the pack content', () => {
    const key = caseStateKey('2026-11-23T01:00:00Z', '2026-11-23', 'abc123');
    expect(key).toBe('2026-11-23T01:00:00Z|2026-11-23|abc123');
    expect(caseStateKey('2026-11-23T01:00:00Z', '2026-11-24', 'abc123')).not.toBe(key);
    expect(caseStateKey('2026-11-23T01:00:00Z', '2026-11-23', 'def456')).not.toBe(key);
  });

  it('overwrites in batches and forgets the states of deleted drafts', async () => {
    const db = new PrecheckDatabase(`states-${crypto.randomUUID()}`);
    const store = new CaseStateStore(db);
    await store.putMany([
      { id: 'a', key: '1', state: invalidCaseState(1) },
      { id: 'b', key: '1', state: invalidCaseState(2) },
    ]);
    await store.putMany([{ id: 'a', key: '2', state: invalidCaseState(3) }]);
    await store.removeExcept(new Set(['a']));
    const all = await store.all();
    expect([...all.keys()]).toEqual(['a']);
    expect(all.get('a')).toEqual({ id: 'a', key: '2', state: invalidCaseState(3) });
    db.close();
  });

  it('reads every state in pages, none twice and none left out', async () => {
    const db = new PrecheckDatabase(`pages-${crypto.randomUUID()}`);
    const store = new CaseStateStore(db);
    const ids = Array.from({ length: 25 }, (_, i) => `d${String(i).padStart(2, '0')}`);
    await store.putMany(ids.map((id, i) => ({ id, key: 'k', state: invalidCaseState(i) })));
    for (const size of [1, 7, 25, 100]) {
      const all = await store.all(size);
      expect([...all.keys()].sort()).toEqual(ids);
      expect(all.get('d24')?.state).toEqual(invalidCaseState(24));
    }
    db.close();
  });
});

describe('DraftRepository.createMany', () => {
  it('stores every row in one bulkAdd with distinct ids, searchable at once', async () => {
    const db = new PrecheckDatabase(`many-${crypto.randomUUID()}`);
    const drafts = new DraftRepository(db, { clock: steppingClock() });
    const rows = Array.from({ length: 500 }, (_, i) => ({
      title: `Row ${i}`,
      draft: { procedure: 'extension' as const },
    }));
    const stored = await drafts.createMany(rows);
    expect(stored).toHaveLength(500);
    expect(new Set(stored.map((r) => r.id)).size).toBe(500);
    expect(await drafts.count()).toBe(500);
    expect((await drafts.list({ procedure: 'extension' })).length).toBe(500);
    expect((await drafts.list({ text: 'row 499' })).map((r) => r.title)).toEqual(['Row 499']);
    db.close();
  });
});

describe('possible duplicates', () => {
  it('match on name (spacing and width aside), birth date, nationality and procedure', async () => {
    const db = new PrecheckDatabase(`ident-${crypto.randomUUID()}`);
    const drafts = new DraftRepository(db, { clock: steppingClock() });
    const applicant = { name: 'NGUYEN  VAN AN', birthDate: '1990-04-01', nationality: 'VNM' };
    await drafts.create({ draft: { applicant, procedure: 'extension' } });
    await drafts.create({ draft: { applicant: { name: 'No Birth Date' } } });
    const kept = await drafts.identities();
    expect([...kept]).toEqual(['nguyen van an|1990-04-01|VNM|extension']);
    const rows = [
      {
        draft: { applicant: { ...applicant, name: 'ｎｇｕｙｅｎ van an' }, procedure: 'extension' },
      },
      { draft: { applicant, procedure: 'change_of_status' } },
      { draft: { applicant: { name: 'No Birth Date' } } },
    ] as const;
    expect(possibleDuplicates(rows as never, kept)).toEqual([0]);
    expect(draftIdentity({ applicant: { name: 'X' } })).toBeNull();
    db.close();
  });
});
