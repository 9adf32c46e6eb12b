import { Checker } from '../domain/evaluation/checker';
import { loadRulePack } from '../domain/loading/load-rule-pack';
import { validateDraft } from '../domain/loading/draft-validation';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { Draft } from '../domain/model/draft';
import type { Lang } from '../domain/model/localized';
import type { Report } from '../domain/model/report';
import type { RulePack } from '../domain/model/rule-pack';
import { parseInstant } from '../domain/time/tokyo-time';
import { shippedRuleFiles } from './shipped-rules';

export type CheckOutcome =
  { kind: 'report'; report: Report } | { kind: 'invalid'; errors: RuleFileError[] };

/** Checks drafts somewhere else than on the page (the check worker, with a time limit). */
export interface ReportRunner {
  check(draft: unknown, asOfInstant: string, lang: Lang): Promise<Report>;
}

export interface DraftCheckOptions {
  /** Where reports are made; by default on the page, as for the rules built into the app. */
  runner?: ReportRunner;
  /** Set for rules that are not official: written into every report. */
  unofficial?: string;
}

/** The imperative shell around the core: one checker for one rule pack. */
export class DraftCheckService {
  readonly pack: RulePack;
  private readonly checker: Checker;
  private readonly validator: SchemaValidator;

  constructor(
    pack: RulePack = loadRulePack(shippedRuleFiles()),
    private readonly options: DraftCheckOptions = {},
  ) {
    this.pack = pack;
    this.checker = new Checker(pack);
    this.validator = new SchemaValidator(pack.schemas);
  }

  /** "<name> <version> <hash>" while unofficial rules are in use. */
  get unofficial(): string | undefined {
    return this.options.unofficial;
  }

  /** Validates, then checks; an invalid draft comes back as errors naming each field. */
  async check(draft: unknown, asOfInstant: string, lang: Lang): Promise<CheckOutcome> {
    const errors = validateDraft(this.validator, draft, 'draft');
    if (errors.length > 0) return { kind: 'invalid', errors };
    const report = this.options.runner
      ? await this.options.runner.check(draft, asOfInstant, lang)
      : await this.checker.check(draft as Draft, { asOf: parseInstant(asOfInstant), lang });
    const { unofficial } = this.options;
    if (unofficial) report.rulePack = { ...report.rulePack, unofficial };
    return { kind: 'report', report };
  }
}
