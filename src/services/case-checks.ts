import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { packContentHash } from '../domain/signing/content-hash';
import { CaseStateChecker, type CaseStateCheckerOptions } from './case-state-checker';
import type { DraftCheckService } from './draft-check-service';

/** What the case list checks with: the checker and the name of the rules it checks by. */
export interface CaseChecks {
  checker: CaseStateChecker;
  /** Content hash of the rules: cached states of other rules are checked again. */
  packHash: string;
}

/**
 * The case list's checks for one rule pack. The list asks for them only once it holds
 * drafts, so a first visit with no cases never loads the rules, the core or the worker.
 */
export async function caseChecks(
  service: DraftCheckService,
  files?: RuleFiles,
  options: Omit<CaseStateCheckerOptions, 'files'> = {},
): Promise<CaseChecks> {
  const packHash = files ? await packContentHash(files) : `version ${service.pack.version}`;
  return {
    checker: new CaseStateChecker(service, { ...options, ...(files ? { files } : {}) }),
    packHash,
  };
}
