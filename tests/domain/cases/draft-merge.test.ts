import { describe, expect, it } from 'vitest';
import { mergeThreeWay, pointerSegment, sameValue } from '../../../src/domain/cases/draft-merge';

type Content = { title: string; draft: Record<string, unknown>; formState: Record<string, string> };

const base: Content = {
  title: 'Kim',
  draft: { procedure: 'extension', applicant: { name: 'KIM MINJUN' } },
  formState: {},
};

describe('mergeThreeWay', () => {
  it('keeps a change made on one side only, from either side', () => {
    const mine = { ...base, title: 'Kim (renewal)' };
    const theirs = { ...base, draft: { ...base.draft, channel: 'online' } };
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({
      title: 'Kim (renewal)',
      draft: { procedure: 'extension', applicant: { name: 'KIM MINJUN' }, channel: 'online' },
      formState: {},
    });
  });

  it('merges changes to different keys of one nested object', () => {
    const mine = {
      ...base,
      draft: { ...base.draft, applicant: { name: 'KIM', birthDate: '1990-01-02' } },
    };
    const theirs = {
      ...base,
      draft: { ...base.draft, applicant: { name: 'KIM MINJUN', nationality: 'KOR' } },
    };
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.draft['applicant']).toEqual({
      name: 'KIM',
      birthDate: '1990-01-02',
      nationality: 'KOR',
    });
  });

  it('accepts the same change made on both sides', () => {
    const both = { ...base, draft: { ...base.draft, channel: 'counter' } };
    const result = mergeThreeWay(base, structuredClone(both), structuredClone(both));
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual(both);
  });

  it('lists different changes of one field as a conflict and keeps what is saved', () => {
    const mine = { ...base, draft: { ...base.draft, channel: 'online' }, title: 'A' };
    const theirs = { ...base, draft: { ...base.draft, channel: 'counter' }, title: 'B' };
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toEqual([
      { pointer: '/title', base: 'Kim', mine: 'A', theirs: 'B' },
      { pointer: '/draft/channel', base: undefined, mine: 'online', theirs: 'counter' },
    ]);
    expect(result.merged.draft).toMatchObject({ channel: 'counter' });
    expect(result.merged.title).toBe('B');
  });

  it('treats a removal against a change as a conflict, a removal on one side as a change', () => {
    const removed = { ...base, draft: { procedure: 'extension' } };
    const renamed = { ...base, draft: { ...base.draft, applicant: { name: 'LEE' } } };
    const clash = mergeThreeWay(base, removed, renamed);
    expect(clash.conflicts).toEqual([
      { pointer: '/draft/applicant/name', base: 'KIM MINJUN', mine: undefined, theirs: 'LEE' },
    ]);
    const clean = mergeThreeWay(base, removed, base);
    expect(clean.conflicts).toEqual([]);
    expect(clean.merged.draft).toEqual({ procedure: 'extension' });
  });

  it('compares lists as one value', () => {
    const withA = { ...base, draft: { attachments: [{ name: 'a.pdf', bytes: 1 }] } };
    const withB = { ...base, draft: { attachments: [{ name: 'b.pdf', bytes: 2 }] } };
    const result = mergeThreeWay(base, withA, withB);
    expect(result.conflicts.map((c) => c.pointer)).toEqual(['/draft/attachments']);
  });

  it('escapes keys that hold slashes, as form state keys do', () => {
    const mine = { ...base, formState: { '/applicant/birthDate': 'H2' } };
    const theirs = { ...base, formState: { '/applicant/birthDate': 'R1' } };
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts[0]?.pointer).toBe('/formState/~1applicant~1birthDate');
    expect(pointerSegment('a~b/c')).toBe('a~0b~1c');
  });
});

describe('sameValue', () => {
  it('compares structure, not identity, and treats a missing key as undefined', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, [1])).toBe(false);
  });
});
