import { Temporal } from '@js-temporal/polyfill';
import type { FilingWindow } from '../../domain/model/report';

export type MarkKind = 'opens' | 'today' | 'closes' | 'expiry';

export interface TimelineMark {
  kind: MarkKind;
  date: string;
  /** Position on the line, 0 (left) to 1 (right). */
  x: number;
}

export interface Timeline {
  marks: TimelineMark[];
  /** The open stretch of the window; an open end runs to the edge. */
  bar: { from: number; to: number } | null;
}

/** A little room at both ends so the first and last marks are not cut off. */
const PAD = 0.08;

/**
 * Places the window's opening and closing day, the as-of day and the expiry on one line,
 * counting whole days with Temporal so the spacing is true to the calendar.
 */
export function buildTimeline(
  window: FilingWindow,
  today: string,
  expiry: string | undefined,
): Timeline {
  const dated: { kind: MarkKind; date: string }[] = [];
  if (window.opens) dated.push({ kind: 'opens', date: window.opens });
  dated.push({ kind: 'today', date: today });
  if (window.closes) dated.push({ kind: 'closes', date: window.closes });
  if (expiry) dated.push({ kind: 'expiry', date: expiry });
  const days = dated.map((d) => Temporal.PlainDate.from(d.date));
  const first = days.reduce((a, b) => (Temporal.PlainDate.compare(a, b) <= 0 ? a : b));
  const span = Math.max(...days.map((d) => first.until(d, { largestUnit: 'day' }).days));
  const at = (d: Temporal.PlainDate): number =>
    span === 0 ? 0.5 : PAD + ((1 - 2 * PAD) * first.until(d, { largestUnit: 'day' }).days) / span;
  const marks = dated.map((d, i) => ({ ...d, x: at(days[i]!) })).sort((a, b) => a.x - b.x);
  const hasWindow = window.opens !== null || window.closes !== null;
  const bar = hasWindow
    ? {
        from: window.opens ? marks.find((m) => m.kind === 'opens')!.x : 0,
        to: window.closes ? marks.find((m) => m.kind === 'closes')!.x : 1,
      }
    : null;
  return { marks, bar };
}

/** The as-of instant's calendar day in Japan. */
export function tokyoDay(instant: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO('Asia/Tokyo').toPlainDate().toString();
}
