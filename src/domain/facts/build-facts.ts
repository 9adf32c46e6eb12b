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
  const facts = new FactTable();
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

  for (const name of ctx.allParameters.keys()) {
    const v = ctx.params[name];
    if (v) facts.set(PARAM_PREFIX + name, v.value);
    else facts.markUnknown(PARAM_PREFIX + name, [], 'not_checked');
  }
  return facts;
}
