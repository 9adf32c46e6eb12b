import type { FactTable } from './fact-table';

/** Receipt methods per channel and procedure (parameter receipt.methods). */
export type ReceiptTable = Record<string, Record<string, string[]>>;

/**
 * The methods the procedure offers on its channel. Rules with an excludeReceiptMethods
 * effect narrow this list while the engine runs (see evaluation/engine-factory.ts).
 */
export function deriveReceiptMethods(facts: FactTable, table: ReceiptTable | undefined): void {
  // Known even before a method is chosen, so a rule can ask the user to choose one.
  facts.set('receiptMethodChosen', facts.isKnown('receiptMethod'));
  if (!facts.requires('receiptMethodsAllowed', ['procedure', 'channel'])) return;
  const methods = table?.[facts.get<string>('channel')!]?.[facts.get<string>('procedure')!];
  facts.set('receiptMethodsAllowed', methods ? [...methods] : []);
}
