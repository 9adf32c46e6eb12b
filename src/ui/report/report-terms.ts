import { m } from '../i18n/messages';

// Names of the report's fixed values, as message functions so they follow the language.
export const VERDICT_NAME = {
  fileable: m.report_fileable,
  not_fileable: m.report_not_fileable,
  needs_input: m.report_needs_input,
} as const;

export const SEVERITY_NAME = {
  block: m.report_block,
  warn: m.report_warn,
  info: m.report_info,
} as const;

export const CONFIDENCE_NAME = {
  official: m.report_official,
  secondary: m.report_secondary,
  interpretation: m.report_interpretation,
} as const;

export const OUTCOME_NAME = {
  held: m.report_held,
  failed: m.report_failed,
  unknown: m.report_unknown,
} as const;

export const MARK_NAME = {
  opens: m.report_opens,
  today: m.report_today,
  closes: m.report_closes,
  expiry: m.report_expiry,
} as const;
