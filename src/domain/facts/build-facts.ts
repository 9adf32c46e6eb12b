import type { Temporal } from '@js-temporal/polyfill';
import type { OfficeCalendars } from '../calendar/office-calendar';
import type { Lang } from '../model/localized';
import type { Draft } from '../model/draft';
import type { ParameterDef } from '../model/parameter';
import { PARAM_PREFIX, type ValueInForce } from '../parameters/parameter-values';
import { asOfDay } from '../time/as-of-day';
import { deriveApplicability } from './applicability-facts';
import { deriveAttachmentFacts } from './attachment-facts';
import { deriveCardFacts } from './card-facts';
import { FactTable } from './fact-table';
import { deriveFee, type FeeTable } from './fee-facts';
import type { WindowSpecs } from './filing-window';
import { readInputFacts } from './input-reading';
import { deriveReceiptMethods, type ReceiptTable } from './receipt-facts';
import { deriveReturnAddress, type ReturnAddressTable } from './return-address-facts';
import { deriveTimeFacts } from './time-facts';
import { deriveWindowFacts } from './window-facts';

export interface FactContext {
  asOf: Temporal.ZonedDateTime;
  lang: Lang;
  /** Values in force on the as-of date, by parameter name. */
  params: Record<string, ValueInForce>;
  allParameters: ReadonlyMap<string, ParameterDef>;
  calendars: OfficeCalendars;
}

/** Everything rules may ask about one draft, computed once before the engine runs. */
export function buildFacts(draft: Draft, ctx: FactContext): FactTable {
  const day = parameterFacts(ctx);
  const facts = new FactTable(day.values);
  for (const name of day.missing) facts.markUnknown(name, [], 'not_checked');
  const today = asOfDay(ctx.asOf).date;
  const calendar = ctx.calendars.for(draft.bureau);
  const param = <T>(name: string): T | undefined => ctx.params[name]?.value as T | undefined;

  readInputFacts(facts, draft);
  deriveApplicability(
    facts,
    {
      statusesWithoutPeriod: param<string[]>('filing_window.statuses_without_period'),
      credentialFilers: param<string[]>('online.credential_filers'),
    },
    ctx.lang,
  );
  deriveTimeFacts(facts, ctx.asOf, calendar, ctx.lang);
  deriveWindowFacts(
    facts,
    {
      online: param<WindowSpecs>('filing_window.online'),
      counter: param<WindowSpecs>('filing_window.counter'),
    },
    today,
    calendar,
  );
  deriveReceiptMethods(facts, param<ReceiptTable>('receipt.methods'));
  deriveCardFacts(facts, param<string[]>('receipt.no_card_statuses'));
  deriveFee(facts, param<FeeTable>('fees.revenue_stamps'));
  deriveReturnAddress(facts, param<ReturnAddressTable>('after_examination.return_address'));
  deriveAttachmentFacts(facts, draft, today, param<string>('photo.max_age'));

  return facts;
}

interface ParameterFacts {
  /** param.<name> → value in force, shared by every draft of the day (the tables' prototype). */
  values: Readonly<Record<string, unknown>>;
  /** param.<name> of parameters without a value that day: unknown in every table. */
  missing: string[];
}

// Keyed by the day's parameter values, which the checker keeps per as-of date.
const byDay = new WeakMap<Record<string, ValueInForce>, ParameterFacts>();

function parameterFacts(ctx: FactContext): ParameterFacts {
  let day = byDay.get(ctx.params);
  if (!day) {
    const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const missing: string[] = [];
    for (const name of ctx.allParameters.keys()) {
      const v = ctx.params[name];
      if (v) values[PARAM_PREFIX + name] = v.value;
      else missing.push(PARAM_PREFIX + name);
    }
    day = { values: Object.freeze(values), missing };
    byDay.set(ctx.params, day);
  }
  return day;
}
