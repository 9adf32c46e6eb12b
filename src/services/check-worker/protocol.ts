import type { RuleFiles } from '../../domain/loading/load-rule-pack';
import type { RuleFileError } from '../../domain/loading/rule-file-error';
import type { Lang } from '../../domain/model/localized';
import type { Report } from '../../domain/model/report';

/** Messages to the check worker; each carries an id its reply repeats. */
export type WorkerRequest =
  | { id: number; type: 'load'; files: RuleFiles; schemas: Record<string, object> }
  | { id: number; type: 'check'; draft: unknown; asOf: string; lang: Lang }
  /** The same check, one rule at a time with a progress message before each (after a timeout). */
  | { id: number; type: 'diagnose'; draft: unknown; asOf: string; lang: Lang };

export type WorkerReply =
  | { id: number; type: 'loaded'; errors: RuleFileError[] }
  | { id: number; type: 'report'; report: Report }
  | { id: number; type: 'progress'; rule: string }
  | { id: number; type: 'diagnosed' }
  | { id: number; type: 'failed'; message: string };
