import type { CalendarEntry } from '../../domain/calendar-export/ics';
import type { Report } from '../../domain/model/report';
import { m } from '../i18n/messages';

/**
 * A case's filing window as whole-day calendar entries. Every entry says which rules gave
 * the dates, and that they are unofficial when such rules were in use: a calendar entry
 * outlives the screen that explained it.
 */
export function windowCalendarEntries(
  report: Report,
  caseName: string | undefined,
): CalendarEntry[] {
  const name = caseName || m.report_calendarUntitled();
  const base = `${report.asOf}-${name}`.replace(/[^\w-]/g, '');
  const lines = [`${m.report_rulePack()}: ${report.rulePack.version}`];
  if (report.rulePack.unofficial) {
    lines.push(`${m.trust_unofficialRules()}: ${report.rulePack.unofficial}`);
  }
  const description = lines.join('\n');
  const entries: CalendarEntry[] = [];
  if (report.window.opens) {
    entries.push({
      uid: `${base}-opens@zairyu-precheck`,
      summary: m.report_calendarOpens({ name }),
      start: report.window.opens,
      description,
    });
  }
  if (report.window.closes) {
    entries.push({
      uid: `${base}-closes@zairyu-precheck`,
      summary: m.report_calendarCloses({ name }),
      start: report.window.closes,
      description,
    });
  }
  return entries;
}
