import type { Localized } from '../model/localized';
import type { FactTable } from './fact-table';

/** Receipt methods per channel and procedure (parameter receipt.methods). */
export type ReceiptTable = Record<string, Record<string, string[]>>;

/**
 * The methods the procedure offers on its channel. Rules with an excludeReceiptMethods
 * effect narrow this list before the checks run (applyReceiptExclusion).
 */
export function deriveReceiptMethods(facts: FactTable, table: ReceiptTable | undefined): void {
  // Known even before a method is chosen, so a rule can ask the user to choose one.
  facts.set('receiptMethodChosen', facts.isKnown('receiptMethod'));
  facts.set('receiptMethodExclusions', []);
  if (!facts.requires('receiptMethodsAllowed', ['procedure', 'channel'])) return;
  const methods = table?.[facts.get<string>('channel')!]?.[facts.get<string>('procedure')!];
  facts.set('receiptMethodsAllowed', methods ? [...methods] : []);
}

/**
 * One exclusion rule that surely holds: the methods it excludes leave the list, and when the
 * chosen method is one of them its reason (the rule's title) is recorded, so the check that
 * refuses the method can say why.
 */
export function applyReceiptExclusion(
  facts: FactTable,
  excluded: readonly string[],
  reason: Localized,
): void {
  const current = facts.get<string[]>('receiptMethodsAllowed');
  if (!current) return;
  facts.set(
    'receiptMethodsAllowed',
    current.filter((m) => !excluded.includes(m)),
  );
  const chosen = facts.get<string>('receiptMethod');
  if (chosen !== undefined && chosen !== null && excluded.includes(chosen)) {
    const reasons = facts.get<Localized[]>('receiptMethodExclusions') ?? [];
    facts.set('receiptMethodExclusions', [...reasons, reason]);
  }
}
