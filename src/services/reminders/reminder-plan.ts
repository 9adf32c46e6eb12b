import type { ThisWeekInput } from '../../domain/cases-dashboard/this-week';
import { isoCivilDay } from '../../domain/time/civil-day';

/** A case's window opens today (it becomes fileable), or closes within N days. */
export interface Reminder {
  id: string;
  reason: 'opens' | 'closes';
  /** The opening or closing day (ISO), and days from today to it. */
  day: string;
  days: number;
}

export interface ReminderLog {
  day: string;
  sent: string[];
}

export interface ReminderPlan {
  due: Reminder[];
  /** The log to keep after showing `due`: today's entries only. */
  log: ReminderLog;
}

const entry = (r: Pick<Reminder, 'id' | 'reason'>) => `${r.id}:${r.reason}`;

/**
 * Which reminders to show now: each case whose window opens today, and each case whose window
 * closes within `closeWithin` days, minus those already shown today. A case gets one reminder
 * a day (opening wins over closing); yesterday's log is dropped, so tomorrow it may come again.
 * Shared by the open page and the service worker, so both count the same.
 */
export function planReminders(
  cases: Iterable<ThisWeekInput>,
  today: string,
  closeWithin: number,
  log: ReminderLog | undefined,
): ReminderPlan {
  const now = isoCivilDay(today);
  if (now === undefined) throw new Error(`planReminders: today must be YYYY-MM-DD, got "${today}"`);
  const sent = new Set(log?.day === today ? log.sent : []);
  const due: Reminder[] = [];
  for (const { id, state } of cases) {
    if (!state || state.kind === 'invalid') continue;
    const opens = state.opens === null ? undefined : isoCivilDay(state.opens);
    const closes = state.closes === null ? undefined : isoCivilDay(state.closes);
    let reminder: Reminder | undefined;
    if (opens !== undefined && opens === now) {
      reminder = { id, reason: 'opens', day: state.opens!, days: 0 };
    } else if (closes !== undefined && closes - now >= 0 && closes - now <= closeWithin) {
      const openYet = opens === undefined || opens <= now;
      if (openYet) reminder = { id, reason: 'closes', day: state.closes!, days: closes - now };
    }
    if (reminder && !sent.has(entry(reminder))) due.push(reminder);
  }
  due.sort((a, b) => a.days - b.days);
  return { due, log: { day: today, sent: [...sent, ...due.map(entry)] } };
}
