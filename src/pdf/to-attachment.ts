import type { Attachment } from '../domain/model/draft';
import type { PdfInspection } from './pdf-inspection';

/**
 * The Draft `attachments` entry a file contributes. A file that cannot be read (empty, not
 * a PDF, corrupt, too large to open, timed out) enters with its `problem`, so the rule
 * attachments.unreadable blocks it instead of the draft looking as if it had no file.
 * A password-protected file is a readable finding in itself: it enters as encrypted, the
 * rest unknown (pages and resolution cannot be read without the password).
 */
export function toAttachment(name: string, inspection: PdfInspection): Attachment | null {
  // null is kept in the signature for verdicts added later that carry no file at all.
  switch (inspection.verdict) {
    case 'ok':
      return {
        name,
        bytes: inspection.bytes,
        encrypted: inspection.encrypted,
        restricted: inspection.restrictions.length > 0,
        ...(inspection.restrictions.length > 0 ? { restrictions: inspection.restrictions } : {}),
        minDpi: inspection.minDpi,
        pages: inspection.pages,
      };
    case 'password_protected':
      return { name, bytes: inspection.bytes, encrypted: true };
    case 'empty':
    case 'not_pdf':
    case 'corrupt':
    case 'too_large':
    case 'timeout':
    case 'failed':
      // Kept in the draft so the rules block it; leaving it out would look like no file.
      return { name, bytes: inspection.bytes, problem: inspection.verdict };
  }
}

/** Whether the file enters the draft as an attachment. */
export function isUsable(inspection: PdfInspection): boolean {
  return toAttachment('x', inspection) !== null;
}
