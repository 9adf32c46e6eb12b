import type { Attachment } from '../domain/model/draft';
import type { PdfInspection } from './pdf-inspection';

/**
 * The Draft `attachments` entry a file contributes, or null when the file cannot be used
 * at all (empty, not a PDF, corrupt, too large to open, timed out): such a file is shown
 * with its verdict for the user to replace, and the rules do not count it as a document.
 * A password-protected file is a readable finding in itself: it enters as encrypted, the
 * rest unknown (pages and resolution cannot be read without the password).
 */
export function toAttachment(name: string, inspection: PdfInspection): Attachment | null {
  switch (inspection.verdict) {
    case 'ok':
      return {
        name,
        bytes: inspection.bytes,
        encrypted: inspection.encrypted,
        restricted: inspection.restrictions.length > 0,
        minDpi: inspection.minDpi,
        pages: inspection.pages,
      };
    case 'password_protected':
      return { name, bytes: inspection.bytes, encrypted: true };
    default:
      return null;
  }
}

/** Whether the file enters the draft as an attachment. */
export function isUsable(inspection: PdfInspection): boolean {
  return toAttachment('x', inspection) !== null;
}
