import { m } from '../../i18n/paraglide/messages.js';
import { catalogued } from '../fields/catalogued';
import type { Localized } from '../model/localized';

export interface DerivedFactInfo {
  name: string;
  label: Localized;
  type: 'string' | 'date' | 'number' | 'boolean' | 'list';
  /** Draft facts it is computed from, shown in the workbench. */
  from: string[];
}

const d = (
  name: string,
  label: Localized,
  type: DerivedFactInfo['type'],
  from: string[] = [],
): DerivedFactInfo => ({ name, label, type, from });

/** Facts the core computes with Temporal in Asia/Tokyo; rules may use them like draft fields. */
export const DERIVED_FACTS: readonly DerivedFactInfo[] = [
  d('asOfDate', catalogued(m.fact_asOfDate), 'date'),
  d('asOfTime', catalogued(m.fact_asOfTime), 'string'),
  d('statusHasPeriodOfStay', catalogued(m.fact_statusHasPeriodOfStay), 'boolean', ['status']),
  d('filerHoldsCredential', catalogued(m.fact_filerHoldsCredential), 'boolean', ['filerCategory']),
  d('ignoredFields', catalogued(m.fact_ignoredFields), 'list'),
  d('age', catalogued(m.fact_age), 'number', ['birthDate']),
  d('isExpiryDay', catalogued(m.fact_isExpiryDay), 'boolean', ['stayExpires']),
  d('daysUntilExpiry', catalogued(m.fact_daysUntilExpiry), 'number', ['stayExpires']),
  d('stayExpiresOnClosedDay', catalogued(m.fact_stayExpiresOnClosedDay), 'boolean', [
    'stayExpires',
  ]),
  d('windowOpens', catalogued(m.fact_windowOpens), 'date', ['procedure', 'channel']),
  d('windowCloses', catalogued(m.fact_windowCloses), 'date', ['procedure', 'channel']),
  d('windowIsOpen', catalogued(m.fact_windowIsOpen), 'boolean', ['procedure', 'channel']),
  d('daysUntilWindowCloses', catalogued(m.fact_daysUntilWindowCloses), 'number', [
    'procedure',
    'channel',
  ]),
  d('isOpenDay', catalogued(m.fact_isOpenDay), 'boolean', ['bureau']),
  d('closedReason', catalogued(m.fact_closedReason), 'string', ['bureau']),
  d('nextOpenDay', catalogued(m.fact_nextOpenDay), 'date', ['bureau']),
  d('receiptMethodsAllowed', catalogued(m.fact_receiptMethodsAllowed), 'list', [
    'procedure',
    'channel',
  ]),
  d('noResidenceCard', catalogued(m.fact_noResidenceCard), 'boolean', [
    'procedure',
    'status',
    'targetStatus',
    'permissionByPassportStamp',
  ]),
  d('receiptMethodExclusions', catalogued(m.fact_receiptMethodExclusions), 'list', [
    'receiptMethod',
  ]),
  d('receiptMethodChosen', catalogued(m.fact_receiptMethodChosen), 'boolean', ['receiptMethod']),
  d('returnAddress', catalogued(m.fact_returnAddress), 'string', ['filerCategory']),
  d('feeYen', catalogued(m.fact_feeYen), 'number', ['procedure', 'channel']),
  d('attachmentsProvided', catalogued(m.fact_attachmentsProvided), 'boolean'),
  d('photoProvided', catalogued(m.fact_photoProvided), 'boolean'),
  d('attachmentCount', catalogued(m.fact_attachmentCount), 'number'),
  d('attachmentsTotalBytes', catalogued(m.fact_attachmentsTotalBytes), 'number'),
  d('largestAttachmentBytes', catalogued(m.fact_largestAttachmentBytes), 'number'),
  d('nonPdfAttachmentCount', catalogued(m.fact_nonPdfAttachmentCount), 'number'),
  d('encryptedAttachmentCount', catalogued(m.fact_encryptedAttachmentCount), 'number'),
  d('restrictedAttachmentCount', catalogued(m.fact_restrictedAttachmentCount), 'number'),
  d('unreadableAttachmentCount', catalogued(m.fact_unreadableAttachmentCount), 'number'),
  d('lowestAttachmentDpi', catalogued(m.fact_lowestAttachmentDpi), 'number'),
  d('photoTakenOn', catalogued(m.fact_photoTakenOn), 'date'),
  d('photoOldestAllowed', catalogued(m.fact_photoOldestAllowed), 'date'),
  d('photoAspectDeviation', catalogued(m.fact_photoAspectDeviation), 'number'),
];
