/** One case, as filing agents describe it. Mirrors rules/schema/draft.schema.json. */
export type CredentialKind = 'agent_certificate' | 'notified_certificate';
export type Channel = 'online' | 'counter';
export type ReceiptMethod = 'mail' | 'counter' | 'email';

export interface Credential {
  kind?: CredentialKind;
  number?: string;
  expires?: string;
}

export interface Filer {
  category?: string;
  credential?: Credential;
}

export interface Applicant {
  name?: string;
  birthDate?: string;
  nationality?: string;
  status?: string;
  periodOfStay?: string;
  stayExpires?: string;
}

export interface DraftFlags {
  newKanjiNameRequest?: boolean;
  permissionByPassportStamp?: boolean;
  applicantUnableThroughIllness?: boolean;
  referenceForm9Attached?: boolean;
}

export interface Attachment {
  name: string;
  bytes: number;
  encrypted?: boolean;
  restricted?: boolean;
  minDpi?: number | null;
  pages?: number;
  /** Set when the app could not read the file as a PDF. */
  problem?: 'empty' | 'not_pdf' | 'corrupt' | 'too_large' | 'timeout' | 'failed';
  /** The permissions withheld, as inspected (pdf.js names, simplified). */
  restrictions?: AttachmentRestriction[];
}

export type AttachmentRestriction =
  | 'print'
  | 'print_high_quality'
  | 'copy'
  | 'copy_for_accessibility'
  | 'modify'
  | 'annotate'
  | 'fill_forms'
  | 'assemble';

export interface Photo {
  takenOn?: string;
  widthMm?: number;
  heightMm?: number;
  bytes?: number;
  /** What the inspection found, kept so the card shows it after a reload. */
  name?: string;
  widthPx?: number;
  heightPx?: number;
  format?: 'jpeg' | 'png';
}

export interface Draft {
  filer?: Filer;
  applicant?: Applicant;
  procedure?: string;
  withProcedures?: string[];
  reentryKind?: 'single' | 'multiple';
  targetStatus?: string;
  groundsDate?: string;
  eventDate?: string;
  channel?: Channel;
  bureau?: string;
  receiptMethod?: ReceiptMethod;
  flags?: DraftFlags;
  attachments?: Attachment[];
  photo?: Photo;
}
