import { describe, expect, it } from 'vitest';
import type { CaseState, CaseStateKind } from '../../src/domain/cases-dashboard/case-state';
import { reminderNotices } from '../../src/services/reminders/reminder-notice';
import { planReminders } from '../../src/services/reminders/reminder-plan';
import { runReminders, type ReminderSource } from '../../src/services/reminders/reminder-run';
import type { ReminderNotice } from '../../src/services/reminders/reminder-notice';
import { msToTokyoMidnight } from '../../src/services/reminders/tokyo-midnight';

const state = (kind: CaseStateKind, opens: string | null, closes: string | null): CaseState => ({
  kind,
  opens,
  closes,
  daysToOpen: null,
  daysToClose: null,
  needs: 0,
  blocks: 0,
});

const CASES = [
  { id: 'opens', state: state('fileable', '2026-12-02', '2027-03-02') },
  { id: 'closes3', state: state('closes_soon', '2026-09-05', '2026-12-05') },
  { id: 'closes20', state: state('fileable', '2026-09-22', '2026-12-22') },
  { id: 'later', state: state('not_yet_open', '2026-12-05', '2027-03-05') },
  { id: 'overdue', state: state('too_late', '2026-08-01', '2026-12-01') },
  { id: 'invalid', state: state('invalid', null, null) },
];

describe('planReminders', () => {
  it('reminds of windows opening today and closing within N days, once a day', () => {
    const first = planReminders(CASES, '2026-12-02', 14, undefined);
    expect(first.due.map((r) => [r.id, r.reason, r.days])).toEqual([
      ['opens', 'opens', 0],
      ['closes3', 'closes', 3],
    ]);
    expect(planReminders(CASES, '2026-12-02', 20, undefined).due.map((r) => r.id)).toContain(
      'closes20',
    );
    // The same day again: nothing new.
    expect(planReminders(CASES, '2026-12-02', 14, first.log).due).toEqual([]);
    // The next day the log of yesterday no longer counts.
    const next = planReminders(CASES, '2026-12-03', 14, first.log);
    expect(next.due.map((r) => r.id)).toEqual(['closes3']);
    expect(next.log).toEqual({ day: '2026-12-03', sent: ['closes3:closes'] });
  });
});

describe('reminderNotices', () => {
  const due = planReminders(CASES, '2026-12-02', 14, undefined).due;

  it('names each case when names may be shown, with the unofficial rules line', () => {
    const notices = reminderNotices(due, {
      lang: 'en',
      today: '2026-12-02',
      nameOf: (id) => `Case ${id}`,
      unofficial: 'acme 1.0 abc123',
    });
    expect(notices.map((n) => n.title)).toEqual([
      'Fileable from today: Case opens',
      'Window closes in 3 days: Case closes3',
    ]);
    expect(notices[1]!.body).toContain('2026-12-05');
    expect(notices[1]!.body).toContain('acme 1.0 abc123');
    expect(notices[1]!.hash).toBe('#/cases/closes3');
  });

  it('names no one without names (locked, or from the service worker)', () => {
    const [notice, ...rest] = reminderNotices(due, { lang: 'ja', today: '2026-12-02' });
    expect(rest).toEqual([]);
    expect(notice!.title).toBe('2件の案件に対応が必要です');
    expect(notice!.body).not.toContain('Case');
    expect(notice!.body).not.toContain('非公式');
  });

  it('sums up when there are more than three', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({ ...due[1]!, id: `c${i}` }));
    const notices = reminderNotices(many, { lang: 'en', today: 'd', nameOf: (id) => id });
    expect(notices.map((n) => n.title)).toEqual(['4 cases need attention']);
  });
});

describe('runReminders', () => {
  it('shows the notices, then records them so the next round shows nothing', async () => {
    let log: { day: string; sent: string[] } | undefined;
    const source: ReminderSource = {
      states: async () => CASES,
      closeWithin: async () => 14,
      log: async () => log,
      saveLog: async (next) => void (log = next),
    };
    const shown: ReminderNotice[] = [];
    const run = {
      today: '2026-12-02',
      lang: 'en' as const,
      unofficial: null,
      show: async (n: ReminderNotice) => void shown.push(n),
    };
    expect(await runReminders(source, run)).toBe(2);
    expect(shown).toHaveLength(1);
    expect(await runReminders(source, run)).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('does not record a reminder whose notice failed', async () => {
    let saved = false;
    const source: ReminderSource = {
      states: async () => CASES,
      closeWithin: async () => 14,
      log: async () => undefined,
      saveLog: async () => void (saved = true),
    };
    const run = {
      today: '2026-12-02',
      lang: 'en' as const,
      unofficial: null,
      show: async () => {
        throw new Error('no permission');
      },
    };
    await expect(runReminders(source, run)).rejects.toThrow('no permission');
    expect(saved).toBe(false);
  });
});

describe('msToTokyoMidnight', () => {
  it('is the time left in the Tokyo day', () => {
    // 2026-12-01T14:59:00Z is 23:59 in Tokyo.
    expect(msToTokyoMidnight(new Date('2026-12-01T14:59:00Z'))).toBe(60_000);
    // 2026-12-01T15:00:00Z is midnight in Tokyo: the next one is a day away.
    expect(msToTokyoMidnight(new Date('2026-12-01T15:00:00Z'))).toBe(86_400_000);
  });
});
