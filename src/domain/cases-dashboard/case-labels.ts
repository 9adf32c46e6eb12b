import type { Localized } from '../model/localized';
import type { CaseState, CaseStateKind } from './case-state';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "2026年12月1日" / "1 Dec 2026" from an ISO date, without Date or locale data. */
export function dateLabel(iso: string): Localized {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { ja: `${y}年${m}月${d}日`, en: `${d} ${MONTHS_EN[m - 1]} ${y}` };
}

/** Names for the state filter and badges. */
export const STATE_NAMES: Readonly<Record<CaseStateKind, Localized>> = {
  fileable: { ja: '申請できます', en: 'Fileable now' },
  closes_soon: { ja: '締切間近', en: 'Closes soon' },
  not_yet_open: { ja: '受付開始前', en: 'Window not yet open' },
  too_late: { ja: '受付期間経過', en: 'Too late' },
  needs_input: { ja: '入力が必要', en: 'Needs input' },
  blocked: { ja: '申請できません', en: 'Blocked' },
  invalid: { ja: '入力に誤り', en: 'Has errors' },
};

export const STATE_KINDS = Object.keys(STATE_NAMES) as CaseStateKind[];

/** How loud the badge is: the screen maps these to colours and icons. */
export type StateTone = 'ok' | 'soon' | 'wait' | 'bad' | 'todo';

export const STATE_TONES: Readonly<Record<CaseStateKind, StateTone>> = {
  fileable: 'ok',
  closes_soon: 'soon',
  not_yet_open: 'wait',
  too_late: 'bad',
  needs_input: 'todo',
  blocked: 'bad',
  invalid: 'todo',
};

function days(n: number): Localized {
  return n === 0
    ? { ja: '本日', en: 'today' }
    : { ja: `${n}日後`, en: n === 1 ? 'in 1 day' : `in ${n} days` };
}

/** The one line the dashboard shows for a case. */
export function stateLabel(state: CaseState): Localized {
  switch (state.kind) {
    case 'not_yet_open': {
      const on = dateLabel(state.opens!);
      return { ja: `受付開始前（${on.ja}から）`, en: `Window not yet open (opens on ${on.en})` };
    }
    case 'closes_soon': {
      const n = days(state.daysToClose!);
      return state.daysToClose === 0
        ? { ja: '本日締切', en: 'Closes today' }
        : { ja: `${n.ja}に締切`, en: `Closes ${n.en}` };
    }
    case 'too_late': {
      const on = dateLabel(state.closes!);
      return { ja: `受付期間経過（${on.ja}まで）`, en: `Too late (window closed on ${on.en})` };
    }
    case 'needs_input':
      return { ja: `入力が必要（${state.needs}項目）`, en: `Needs input (${state.needs})` };
    case 'blocked':
      return { ja: '申請できません', en: 'Blocked' };
    case 'invalid':
      return { ja: `入力に誤り（${state.needs}件）`, en: `Has errors (${state.needs})` };
    case 'fileable':
      return STATE_NAMES.fileable;
  }
}

/** The deadline column: "12月9日まで（16日後）" / "by 9 Dec 2026 (in 16 days)", or null. */
export function deadlineLabel(state: CaseState): Localized | null {
  if (state.closes === null || state.daysToClose === null) return null;
  const on = dateLabel(state.closes);
  if (state.daysToClose < 0) {
    const ago = -state.daysToClose;
    return {
      ja: `${on.ja}まで（${ago}日経過）`,
      en: `by ${on.en} (${ago === 1 ? '1 day' : `${ago} days`} ago)`,
    };
  }
  const n = days(state.daysToClose);
  return { ja: `${on.ja}まで（${n.ja}）`, en: `by ${on.en} (${n.en})` };
}
