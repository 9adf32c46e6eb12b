import type { PdfRestriction } from '../../pdf/pdf-inspection';
import { m } from '../i18n/messages';

// What is wrong with a file, as message functions so the cards follow the language.
export const PDF_PROBLEM = {
  password_protected: m.attach_pdf_password_protected,
  not_pdf: m.attach_pdf_not_pdf,
  empty: m.attach_pdf_empty,
  corrupt: m.attach_pdf_corrupt,
  too_large: m.attach_pdf_too_large,
  timeout: m.attach_pdf_timeout,
  failed: m.attach_pdf_failed,
} as const;

export const PHOTO_PROBLEM = {
  empty: m.attach_photo_empty,
  not_image: m.attach_photo_not_image,
  corrupt: m.attach_photo_corrupt,
} as const;

export const RESTRICTION_NAME: Record<PdfRestriction, () => string> = {
  print: m.attach_restriction_print,
  print_high_quality: m.attach_restriction_print_high_quality,
  copy: m.attach_restriction_copy,
  copy_for_accessibility: m.attach_restriction_copy_for_accessibility,
  modify: m.attach_restriction_modify,
  annotate: m.attach_restriction_annotate,
  fill_forms: m.attach_restriction_fill_forms,
  assemble: m.attach_restriction_assemble,
};
