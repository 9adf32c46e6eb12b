import type { Temporal } from '@js-temporal/polyfill';
import { daysFromTo } from '../time/day-numbers';
import type { FactTable } from './fact-table';
import {
  resolveBound,
  type DayCalendar,
  type WindowBound,
  type WindowSpecs,
} from './filing-window';

const WINDOW_FACTS = ['windowOpens', 'windowCloses', 'windowIsOpen', 'daysUntilWindowCloses'];

/**
 * The filing window of the main procedure for the draft's channel, from the dated
 * parameter filing_window.<channel>. Companion procedures share it (seed 002, 5(1)イ).
 */
export function deriveWindowFacts(
  facts: FactTable,
  specsByChannel: Record<string, WindowSpecs | undefined>,
  today: Temporal.PlainDate,
  calendar: DayCalendar,
): void {
  if (!facts.requires('windowOpens', ['procedure', 'channel'])) {
    for (const name of WINDOW_FACTS) facts.requires(name, ['procedure', 'channel']);
    return;
  }
  const spec = specsByChannel[facts.get<string>('channel')!]?.[facts.get<string>('procedure')!];
  const bound = (b: WindowBound | null | undefined, name: string): string | null | undefined => {
    if (!b) return null;
    const pointerFact = b.from;
    if (!facts.isKnown(pointerFact)) {
      facts.requires(name, [pointerFact]);
      return undefined;
    }
    const anchor = facts.get<string | null>(pointerFact);
    // An anchor that does not apply (no expiry day for a permanent resident) leaves no bound.
    if (anchor === null) return null;
    return resolveBound(b, { [pointerFact]: anchor }, calendar) ?? null;
  };
  const opens = bound(spec?.opens, 'windowOpens');
  const closes = bound(spec?.closes, 'windowCloses');
  if (opens !== undefined) facts.set('windowOpens', opens);
  if (closes !== undefined) facts.set('windowCloses', closes);

  if (opens === undefined || closes === undefined) {
    const from = [spec?.opens?.from, spec?.closes?.from].filter(
      (x): x is WindowBound['from'] => !!x,
    );
    facts.requires('windowIsOpen', from);
    facts.requires('daysUntilWindowCloses', from);
    return;
  }
  const t = today.toString();
  facts.set('windowIsOpen', (opens === null || t >= opens) && (closes === null || t <= closes));
  facts.set('daysUntilWindowCloses', closes === null ? null : daysFromTo(t, closes));
}
