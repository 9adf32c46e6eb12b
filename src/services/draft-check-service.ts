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

/** The imperative shell around the core: one checker for the shipped pack. */
export class DraftCheckService {
  readonly pack: RulePack;
  private readonly checker: Checker;
  private readonly validator: SchemaValidator;

  constructor(pack: RulePack = loadRulePack(shippedRuleFiles())) {
    this.pack = pack;
    this.checker = new Checker(pack);
    this.validator = new SchemaValidator(pack.schemas);
  }

  /** Validates, then checks; an invalid draft comes back as errors naming each field. */
  async check(draft: unknown, asOfInstant: string, lang: Lang): Promise<CheckOutcome> {
    const errors = validateDraft(this.validator, draft, 'draft');
    if (errors.length > 0) return { kind: 'invalid', errors };
    const report = await this.checker.check(draft as Draft, {
      asOf: parseInstant(asOfInstant),
      lang,
    });
    return { kind: 'report', report };
  }
}
