import type { CaseState } from '../../domain/cases-dashboard/case-state';
import type { RuleFiles } from '../../domain/loading/load-rule-pack';
import type { RuleFileError } from '../../domain/loading/rule-file-error';
import type { Lang } from '../../domain/model/localized';
import type { Report } from '../../domain/model/report';
import type { TrustList } from '../../domain/signing/trust-list';
import type { Admission, PackCandidate } from '../pack-admission';
import type { BulkResult } from '../../bulk/bulk-result';
import type { BulkParseResult } from '../../bulk/parse-cases-csv';
import type { BulkCheckRequest } from './batch-results';
import type { StatesRequest } from './batch-states';

/** Messages to the check worker; each carries an id its reply repeats. */
export type WorkerRequest =
  | { id: number; type: 'load'; files: RuleFiles; schemas: Record<string, object> }
  | { id: number; type: 'check'; draft: unknown; asOf: string; lang: Lang }
  /** The case list's batch: each draft's dashboard state (batch-states.ts). */
  | ({ id: number; type: 'states' } & StatesRequest)
  /** A picked CSV file: decoded, parsed and validated with the loaded pack (read-cases-csv.ts). */
  | { id: number; type: 'bulk-parse'; bytes: Uint8Array }
  /** A batch of the file's rows: each row's result line (batch-results.ts). */
  | ({ id: number; type: 'bulk-check' } & BulkCheckRequest)
  /** The same check, one rule at a time with a progress message before each (after a timeout). */
  | { id: number; type: 'diagnose'; draft: unknown; asOf: string; lang: Lang }
  /** Everything a pack from outside goes through (pack-admission.ts), against the loaded pack. */
  | { id: number; type: 'admit'; candidate: PackCandidate; trust: TrustList };

export type WorkerReply =
  | { id: number; type: 'loaded'; errors: RuleFileError[] }
  | { id: number; type: 'report'; report: Report }
  | { id: number; type: 'states'; states: CaseState[] }
  | { id: number; type: 'bulk-parsed'; parsed: BulkParseResult }
  | { id: number; type: 'bulk-results'; results: BulkResult[] }
  | { id: number; type: 'progress'; rule: string }
  | { id: number; type: 'diagnosed' }
  | { id: number; type: 'admitted'; admission: Admission }
  | { id: number; type: 'failed'; message: string };
