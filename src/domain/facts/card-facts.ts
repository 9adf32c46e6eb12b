import type { FactTable } from './fact-table';

/**
 * The residence-card procedures and the status each one's card would show. A change of
 * status or an acquisition ends with a card for the status applied for; an extension keeps
 * the current one. Other procedures (COE, certificate of authorized employment) issue no
 * card by design, so the receipt exceptions of seed 002 カ note 1 do not concern them.
 */
const CARD_STATUS_FACT: Readonly<Record<string, string>> = {
  change_of_status: 'targetStatus',
  acquisition: 'targetStatus',
  extension: 'status',
};

/**
 * noResidenceCard: the residence-card procedure will end without a residence card, so the
 * result cannot be mailed (seed 002 カ note 1 例2). True when permission is given by a
 * passport stamp, or when the card's status is one for which the Immigration Control Act
 * issues no card (not a mid- to long-term resident: parameter receipt.no_card_statuses).
 * The period of stay granted is decided by the examination, so it is not guessed here: a
 * rule warns about short periods instead (receipt.short_period_counter_advised). null for
 * procedures that issue no card anyway.
 */
export function deriveCardFacts(facts: FactTable, noCardStatuses: string[] | undefined): void {
  if (!facts.requires('noResidenceCard', ['procedure'])) return;
  const statusFact = CARD_STATUS_FACT[facts.get<string>('procedure')!];
  if (!statusFact) {
    facts.set('noResidenceCard', null);
    return;
  }
  // A passport stamp settles it whatever the status, so the status is not asked for.
  if (facts.get<boolean>('permissionByPassportStamp') === true) {
    facts.set('noResidenceCard', true);
    return;
  }
  if (!facts.requires('noResidenceCard', [statusFact])) return;
  if (noCardStatuses === undefined) {
    facts.markUnknown('noResidenceCard', [], 'not_checked');
    return;
  }
  facts.set('noResidenceCard', noCardStatuses.includes(facts.get<string>(statusFact)!));
}
