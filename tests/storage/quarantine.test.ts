import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openAppStorage } from '../../src/storage/app-storage';
import { CURRENT_DB_VERSION, declareVersions } from '../../src/storage/schema-versions';
import { steppingClock } from './helpers';

const GOOD_ID = '0b7c5a52-8d1e-4c3e-9a57-1f2d3c4b5a60';
const id = (n: number) => `1c8d6b63-9e2f-4d4f-8b68-2e3f4d5c6b${String(n).padStart(2, '0')}`;

/** A row as version `v` stored it, with `fields` changed. */
function rowAt(
  v: number,
  n: number,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  const base =
    v === 1
      ? { id: id(n), label: `case ${n}`, draft: { procedure: 'extension' } }
      : {
          id: id(n),
          title: `case ${n}`,
          draft: { procedure: 'extension' },
          schemaVersion: 2,
          procedure: 'extension',
        };
  return {
    ...base,
    createdAt: '2026-10-01T00:00:00Z',
    updatedAt: `2026-10-0${(n % 9) + 1}T00:00:00Z`,
    ...fields,
  };
}

async function seed(version: number, rows: Record<string, unknown>[]): Promise<string> {
  const name = `quarantine-v${version}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.table('drafts').bulkAdd(rows);
  expect(old.verno).toBe(version);
  old.close();
  return name;
}

const open = (name: string) => openAppStorage({ name, clock: steppingClock() });

describe('quarantine on open', () => {
  // Every earlier database version, each with good rows and rows that would break a screen.
  for (const version of Array.from({ length: CURRENT_DB_VERSION }, (_, i) => i + 1)) {
    it(`a version-${version} database: good rows stay usable, bad rows are set aside with the reason`, async () => {
      const bad = [
        rowAt(version, 2, { updatedAt: '9999-99-99' }),
        rowAt(version, 3, { draft: 'not a draft' }),
        rowAt(version, 4, { draft: { procedure: { id: 'extension' }, applicant: 'NGUYEN' } }),
        rowAt(version, 5, { draft: { applicant: { birthDate: '2001-02-30' } } }),
      ];
      // Before v2 the title was `label`, which the v2 upgrade carries over; later a missing title is an error.
      if (version >= 2) bad.push(rowAt(version, 6, { title: undefined }));
      // A version-1 row without its `label` is carried over with an empty title, not set aside.
      const good = [
        rowAt(version, 1, { id: GOOD_ID }),
        rowAt(version, 7, version === 1 ? { label: undefined } : {}),
      ];
      const name = await seed(version, [...good, ...bad]);

      const storage = open(name);
      // Opening sets aside what would break a screen; the schema check follows the first screen.
      expect((await storage.drafts.list()).length).toBe(4);
      expect(await storage.quarantine.checkAll()).toBe(2);
      const listed = await storage.drafts.list();
      expect(listed.map((r) => r.id).sort()).toEqual([GOOD_ID, id(7)].sort());
      expect(listed.find((r) => r.id === id(7))?.title).toBe(version === 1 ? '' : 'case 7');
      expect(await storage.drafts.list({ procedure: 'extension' })).toHaveLength(2);

      const aside = await storage.quarantine.list();
      expect(aside).toHaveLength(bad.length);
      expect(await storage.quarantine.count()).toBe(bad.length);
      const byId = new Map(aside.map((e) => [(e.row as { id: string }).id, e]));
      const pointers = (n: number) => byId.get(id(n))!.problems.map((p) => p.pointer);
      expect(pointers(2)).toEqual(['/updatedAt']);
      expect(pointers(3)).toEqual(['/draft']);
      expect(pointers(4).sort()).toEqual(['/draft/applicant', '/draft/procedure']);
      expect(pointers(5)).toEqual(['/draft/applicant/birthDate']);
      if (version >= 2) expect(pointers(6)).toEqual(['/title']);
      // The row is kept exactly as found, with a reason in both languages and a way to fix it.
      expect((byId.get(id(3))!.row as { draft: unknown }).draft).toBe('not a draft');
      for (const entry of aside) {
        expect(entry.source).toEqual({ kind: 'database' });
        for (const p of entry.problems) {
          expect(p.message.ja.length).toBeGreaterThan(0);
          expect(p.message.en.length).toBeGreaterThan(0);
          expect(p.fix.en).toContain('import');
        }
      }
      expect(byId.get(id(2))!.problems[0]!.message.en).toContain('9999-99-99');
      storage.close();

      // Opening again moves nothing more and loses nothing.
      const again = open(name);
      expect(await again.drafts.count()).toBe(2);
      expect(await again.quarantine.count()).toBe(bad.length);
      again.close();
    });
  }

  it('exports the set-aside rows as a backup file that imports once corrected; deletes them', async () => {
    const name = await seed(CURRENT_DB_VERSION, [
      rowAt(CURRENT_DB_VERSION, 1, { updatedAt: '9999-99-99' }),
      rowAt(CURRENT_DB_VERSION, 2, { draft: { applicant: 'NGUYEN' } }),
    ]);
    const storage = open(name);
    await storage.quarantine.checkAll();
    expect(await storage.drafts.count()).toBe(0);
    const { fileName, json } = await storage.quarantine.exportAll();
    expect(fileName).toMatch(/^zairyu-precheck-set-aside-2026-11-23T\d{4}Z\.json$/);
    const file = JSON.parse(json) as { drafts: Record<string, unknown>[] };
    expect(file.drafts.map((d) => d.updatedAt)).toEqual(['9999-99-99', '2026-10-03T00:00:00Z']);
    expect(file.drafts[0]).not.toHaveProperty('procedure');

    file.drafts[0]!.updatedAt = '2026-10-05T00:00:00Z';
    const result = await storage.backup.importText(JSON.stringify(file), fileName);
    expect(result).toMatchObject({ ok: true, added: 1, quarantined: 1 });
    expect((await storage.drafts.list()).map((r) => r.id)).toEqual([id(1)]);

    const entries = await storage.quarantine.list();
    expect(entries).toHaveLength(3);
    await storage.quarantine.remove(entries[0]!.seq!);
    expect(await storage.quarantine.count()).toBe(2);
    await storage.quarantine.clear();
    expect(await storage.quarantine.count()).toBe(0);
    expect(await storage.drafts.count()).toBe(1);
    storage.close();
  });
});
