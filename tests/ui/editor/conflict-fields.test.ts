import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../../src/domain/cases/draft-merge';
import { describeValue, groupConflicts, keepMine } from '../../../src/ui/editor/conflict-fields';
import { SHIPPED_VOCABULARY } from '../../../src/ui/editor/field-options';

const words = { empty: '(empty)', yes: 'Yes', no: 'No', lang: 'en' as const, join: ', ' };

describe('conflicts as the editor shows them', () => {
  const base = { title: 'K', draft: {}, formState: {} };
  const mine = {
    title: 'Kim',
    draft: { channel: 'counter', applicant: { birthDate: '1990-01-02' } },
    formState: { '/applicant/birthDate': 'H2.1.2' },
  };
  const theirs = {
    title: 'Lee',
    draft: { channel: 'online', applicant: { birthDate: '1991-05-06' } },
    formState: { '/applicant/birthDate': '1991-5-6' },
  };
  const { merged, conflicts } = mergeThreeWay(base, mine, theirs);

  it('groups a field with its typed text, title first, then in the order of the form', () => {
    const groups = groupConflicts(conflicts);
    expect(groups.map((g) => g.key)).toEqual(['/title', '/channel', '/applicant/birthDate']);
    const birth = groups[2]!;
    expect(birth.field?.label.en).toBeTruthy();
    expect(birth.conflicts.map((c) => c.pointer).sort()).toEqual([
      '/draft/applicant/birthDate',
      '/formState/~1applicant~1birthDate',
    ]);
    // The stored value speaks for the field, not the half-typed text.
    expect([birth.mine, birth.theirs]).toEqual(['1990-01-02', '1991-05-06']);
  });

  it("puts back this tab's value and its typed text for one question only", () => {
    const birth = groupConflicts(conflicts).find((g) => g.key === '/applicant/birthDate')!;
    const next = keepMine(merged, birth);
    expect(next.draft).toEqual({ channel: 'online', applicant: { birthDate: '1990-01-02' } });
    expect(next.formState).toEqual({ '/applicant/birthDate': 'H2.1.2' });
    expect(next.title).toBe('Lee');
  });

  it('names a choice by its label and an empty value as empty', () => {
    const channel = groupConflicts(conflicts).find((g) => g.key === '/channel')!;
    expect(describeValue('online', channel.field, SHIPPED_VOCABULARY, words)).not.toBe('online');
    expect(describeValue(undefined, channel.field, SHIPPED_VOCABULARY, words)).toBe('(empty)');
    expect(describeValue(true, undefined, SHIPPED_VOCABULARY, words)).toBe('Yes');
    expect(describeValue([{ name: 'a.pdf', bytes: 1 }], undefined, SHIPPED_VOCABULARY, words)).toBe(
      'a.pdf',
    );
  });
});
