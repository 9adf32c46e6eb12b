import type { Temporal } from '@js-temporal/polyfill';
import type { Draft } from '../model/draft';
import { shiftDate } from '../time/date-shift';
import type { FactTable } from './fact-table';

const ATTACHMENT_FACTS = [
  'attachmentCount',
  'attachmentsTotalBytes',
  'largestAttachmentBytes',
  'nonPdfAttachmentCount',
  'encryptedAttachmentCount',
  'restrictedAttachmentCount',
  'lowestAttachmentDpi',
  'unreadableAttachmentCount',
];
const PHOTO_ASPECT = 4 / 3;

/**
 * Attachments and the photo are inspected from real files by the app. Until they are
 * there, the facts are "not checked": rules about them stay silent instead of blocking.
 */
export function deriveAttachmentFacts(
  facts: FactTable,
  draft: Draft,
  today: Temporal.PlainDate,
  photoMaxAge: string | undefined,
): void {
  const files = draft.attachments;
  facts.set('attachmentsProvided', files !== undefined);
  facts.set('photoProvided', draft.photo !== undefined);
  if (files === undefined) {
    for (const name of ATTACHMENT_FACTS) facts.markUnknown(name, ['/attachments'], 'not_checked');
  } else {
    const dpis = files.map((f) => f.minDpi).filter((d): d is number => typeof d === 'number');
    facts.set('attachmentCount', files.length);
    facts.set(
      'attachmentsTotalBytes',
      files.reduce((sum, f) => sum + f.bytes, 0) + (draft.photo?.bytes ?? 0),
    );
    facts.set('largestAttachmentBytes', Math.max(0, ...files.map((f) => f.bytes)));
    facts.set('nonPdfAttachmentCount', files.filter((f) => !/\.pdf$/i.test(f.name)).length);
    facts.set('encryptedAttachmentCount', files.filter((f) => f.encrypted === true).length);
    facts.set('restrictedAttachmentCount', files.filter((f) => f.restricted === true).length);
    facts.set('lowestAttachmentDpi', dpis.length ? Math.min(...dpis) : null);
    facts.set('unreadableAttachmentCount', files.filter((f) => f.problem !== undefined).length);
  }

  const photo = draft.photo;
  if (photo?.takenOn) facts.set('photoTakenOn', photo.takenOn);
  else facts.markUnknown('photoTakenOn', ['/photo/takenOn'], 'not_checked');
  if (photoMaxAge) facts.set('photoOldestAllowed', oldestPhotoDay(today, photoMaxAge));
  else facts.set('photoOldestAllowed', null);
  if (photo?.widthMm && photo.heightMm) {
    const deviation = Math.abs(photo.heightMm / photo.widthMm - PHOTO_ASPECT);
    facts.set('photoAspectDeviation', Math.round(deviation * 1000) / 1000);
  } else {
    facts.markUnknown('photoAspectDeviation', ['/photo/widthMm', '/photo/heightMm'], 'not_checked');
  }
}

// One answer per as-of day (the same date object for every draft of a run) and parameter
// value, not one Temporal shift per draft.
const oldestByDay = new WeakMap<Temporal.PlainDate, Map<string, string>>();
function oldestPhotoDay(today: Temporal.PlainDate, maxAge: string): string {
  let byAge = oldestByDay.get(today);
  if (!byAge) oldestByDay.set(today, (byAge = new Map()));
  let day = byAge.get(maxAge);
  if (day === undefined) byAge.set(maxAge, (day = shiftDate(today, `-${maxAge}`).toString()));
  return day;
}
