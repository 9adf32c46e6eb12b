import type { FactTable } from './fact-table';

/** Revenue-stamp amounts in yen per channel, keyed by procedure id (re-entry by kind). */
export type FeeTable = Record<string, Record<string, number>>;

/**
 * Total revenue stamps for the main procedure and its companions. Null when the amount
 * is not in the rule data for that date and channel, so nobody reads a guess as a fee.
 */
export function deriveFee(facts: FactTable, table: FeeTable | undefined): void {
  if (!facts.requires('feeYen', ['procedure', 'channel', 'withProcedures'])) return;
  const withProcedures = facts.get<string[]>('withProcedures') ?? [];
  const keys = [facts.get<string>('procedure')!, ...withProcedures];
  if (keys.includes('reentry')) {
    if (!facts.requires('feeYen', ['reentryKind'])) return;
    const kind = facts.get<string>('reentryKind');
    keys[keys.indexOf('reentry')] = `reentry_${kind}`;
  }
  const fees = table?.[facts.get<string>('channel')!];
  const amounts = keys.map((k) => fees?.[k]);
  facts.set(
    'feeYen',
    amounts.every((a): a is number => typeof a === 'number')
      ? amounts.reduce((s, a) => s + a, 0)
      : null,
  );
}
