import type { Localized } from '../model/localized';
import type { FactTable } from './fact-table';

/** Parameter after_examination.return_address: text per filer id, with a default. */
export type ReturnAddressTable = Record<string, Localized>;

/**
 * Where the return envelope goes depends on who filed (an agent's office, the organisation, the
 * applicant's home). Without a filer the general wording is used, so a checklist never reads
 * "(not given)" where an address belongs.
 */
export function deriveReturnAddress(facts: FactTable, table: ReturnAddressTable | undefined): void {
  const filer = facts.get<string>('filerCategory');
  const text = (filer !== undefined ? table?.[filer] : undefined) ?? table?.['default'];
  facts.set('returnAddress', text ?? null);
}
