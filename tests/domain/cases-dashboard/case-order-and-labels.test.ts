import { describe, expect, it } from 'vitest';
import {
  deadlineLabel,
  dateLabel,
  stateLabel,
  STATE_KINDS,
  STATE_NAMES,
} from '../../../src/domain/cases-dashboard/case-labels';
import { compareByDeadline, deadlineSortKey } from '../../../src/domain/cases-dashboard/case-order';
import type { CaseState, CaseStateKind } from '../../../src/domain/cases-dashboard/case-state';

function state(
  kind: CaseStateKind,
  closes: string | null,
  more: Partial<CaseState> = {},
): CaseState {
  return {
    kind,
    opens: null,
    closes,
    daysToOpen: null,
    daysToClose: null,
    needs: 0,
    blocks: 0,
    ...more,
  };
}

describe('deadline order', () => {
  it('puts passed deadlines first, then the nearest, then cases without a window', () => {
    const rows = [
      { title: 'none', state: state('fileable', null) },
      { title: 'late', state: state('too_late', '2026-11-01') },
      { title: 'far', state: state('not_yet_open', '2027-05-31') },
      { title: 'near-fileable', state: state('closes_soon', '2026-12-01') },
      { title: 'near-needs', state: state('needs_input', '2026-12-01') },
      { title: 'b-none', state: state('needs_input', null) },
    ];
    expect(rows.sort(compareByDeadline).map((r) => r.title)).toEqual([
      'late',
      'near-fileable',
      'near-needs',
      'far',
      'b-none',
      'none',
    ]);
  });

  it('puts a deadline that cannot be computed before every date, not last', () => {
    const rows = [
      { title: 'none', state: state('fileable', null) },
      { title: 'far', state: state('fileable', '2027-05-31') },
      { title: 'unknown', state: state('needs_input', null, { deadlineUnknown: true }) },
      { title: 'late', state: state('too_late', '2026-11-01') },
      { title: 'malformed', state: state('invalid', null, { deadlineUnknown: true }) },
    ];
    expect(rows.sort(compareByDeadline).map((r) => r.title)).toEqual([
      'unknown',
      'malformed',
      'late',
      'far',
      'none',
    ]);
  });

  it('is a plain string key', () => {
    expect(deadlineSortKey(state('fileable', '2026-12-01'), 'ＡＢ')).toBe('2026-12-01|5|ab');
  });
});

describe('labels', () => {
  it('formats dates in both languages', () => {
    expect(dateLabel('2027-03-01')).toEqual({ ja: '2027年3月1日', en: '1 Mar 2027' });
  });

  it('says when a window opens, how many days are left, and what is missing', () => {
    expect(stateLabel(state('not_yet_open', '2027-05-31', { opens: '2027-03-01' }))).toEqual({
      ja: '受付開始前（2027年3月1日から）',
      en: 'Window not yet open (opens on 1 Mar 2027)',
    });
    expect(stateLabel(state('closes_soon', '2026-12-01', { daysToClose: 8 }))).toEqual({
      ja: '8日後に締切',
      en: 'Closes in 8 days',
    });
    expect(stateLabel(state('closes_soon', '2026-11-23', { daysToClose: 0 })).en).toBe(
      'Closes today',
    );
    expect(stateLabel(state('needs_input', null, { needs: 3 })).ja).toBe('入力が必要（3項目）');
    expect(stateLabel(state('too_late', '2026-11-01')).en).toBe(
      'Too late (window closed on 1 Nov 2026)',
    );
  });

  it('labels the deadline column, past and future', () => {
    expect(deadlineLabel(state('fileable', null))).toBeNull();
    expect(deadlineLabel(state('closes_soon', '2026-11-24', { daysToClose: 1 }))).toEqual({
      ja: '2026年11月24日まで（1日後）',
      en: 'by 24 Nov 2026 (in 1 day)',
    });
    expect(deadlineLabel(state('too_late', '2026-11-22', { daysToClose: -1 }))?.en).toBe(
      'by 22 Nov 2026 (1 day ago)',
    );
  });

  it('names every state in both languages', () => {
    for (const kind of STATE_KINDS) {
      expect(STATE_NAMES[kind].ja).not.toBe('');
      expect(STATE_NAMES[kind].en).not.toBe('');
    }
  });
});
