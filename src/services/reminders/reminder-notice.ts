import type { Lang } from '../../domain/model/localized';
import { m } from '../../i18n/paraglide/messages.js';
import type { Reminder } from './reminder-plan';

/** What one notification shows. */
export interface ReminderNotice {
  title: string;
  body: string;
  /** The same tag replaces an earlier notification instead of stacking another. */
  tag: string;
  /** The screen a click opens ("#/cases/<id>" or "#/cases"). */
  hash: string;
}

export interface NoticeOptions {
  lang: Lang;
  today: string;
  /**
   * The applicant's or case's name, or undefined when names must not be shown: on a locked
   * device, or from the service worker, which cannot know whether the app is locked.
   */
  nameOf?: ((id: string) => string | undefined) | undefined;
  /** "<name> <version> <hash>" while unofficial rules are in use. */
  unofficial?: string | null | undefined;
}

/** Up to this many reminders are shown one by one; more make one "n cases" notice. */
export const SINGLE_NOTICES = 3;

/**
 * Notifications for due reminders. With names allowed and few reminders, one per case naming
 * it; otherwise one that says how many cases need attention and names no one. The unofficial
 * rules line ends every body, as on every other view of a report.
 */
export function reminderNotices(
  due: readonly Reminder[],
  options: NoticeOptions,
): ReminderNotice[] {
  const { lang, today, nameOf } = options;
  const locale = { locale: lang };
  const tail = options.unofficial
    ? `\n${m.trust_unofficialRules({}, locale)}: ${options.unofficial}`
    : '';
  if (due.length === 0) return [];
  const names = nameOf ? due.map((r) => nameOf(r.id)) : [];
  if (nameOf && due.length <= SINGLE_NOTICES && names.every((n) => n !== undefined)) {
    return due.map((r, i) => ({
      title:
        r.reason === 'opens'
          ? m.reminder_opensTitle({ name: names[i]! }, locale)
          : m.reminder_closesTitle({ name: names[i]!, days: r.days }, locale),
      body: `${m.reminder_dayLine({ day: r.day }, locale)}${tail}`,
      tag: `zairyu-reminder-${r.id}-${today}`,
      hash: `#/cases/${encodeURIComponent(r.id)}`,
    }));
  }
  const opens = due.filter((r) => r.reason === 'opens').length;
  return [
    {
      title: m.reminder_summaryTitle({ count: due.length }, locale),
      body: `${m.reminder_summaryBody({ opens, closes: due.length - opens }, locale)}${tail}`,
      tag: `zairyu-reminders-${today}`,
      hash: '#/cases',
    },
  ];
}
