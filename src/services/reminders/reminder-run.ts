import type { ThisWeekInput } from '../../domain/cases-dashboard/this-week';
import { closeWithinDays } from '../../domain/cases-dashboard/this-week';
import type { Lang } from '../../domain/model/localized';
import { reminderNotices, type ReminderNotice } from './reminder-notice';
import { planReminders, type ReminderLog } from './reminder-plan';

/** Where a reminder run reads from and writes to: the page's Dexie or the worker's IndexedDB. */
export interface ReminderSource {
  /** Every case's cached dashboard state. */
  states(): Promise<ThisWeekInput[]>;
  closeWithin(): Promise<unknown>;
  log(): Promise<ReminderLog | undefined>;
  saveLog(log: ReminderLog): Promise<void>;
  /** Case titles (else applicant names) of these ids; omitted where names must not be shown. */
  names?: (ids: string[]) => Promise<Map<string, string>>;
}

export interface ReminderRun {
  today: string;
  lang: Lang;
  unofficial: string | null;
  show: (notice: ReminderNotice) => Promise<void>;
}

/**
 * One reminder round: plan against today's log, show the notices, then record what was shown.
 * The log is written after showing, so a round that fails to show tries again next time rather
 * than counting a reminder nobody saw.
 */
export async function runReminders(source: ReminderSource, run: ReminderRun): Promise<number> {
  const [states, within, log] = await Promise.all([
    source.states(),
    source.closeWithin(),
    source.log(),
  ]);
  const plan = planReminders(states, run.today, closeWithinDays(within), log);
  if (plan.due.length === 0) return 0;
  const names = source.names ? await source.names(plan.due.map((r) => r.id)) : undefined;
  const notices = reminderNotices(plan.due, {
    lang: run.lang,
    today: run.today,
    nameOf: names ? (id) => names.get(id) : undefined,
    unofficial: run.unofficial,
  });
  for (const notice of notices) await run.show(notice);
  await source.saveLog(plan.log);
  return plan.due.length;
}
