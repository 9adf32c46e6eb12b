import type { CaseResult } from '../cases/run-cases';
import { SchemaValidator } from '../loading/schema-validator';
import { formatRuleFileError } from '../loading/rule-file-error';
import { parseInstant } from '../time/tokyo-time';
import { compareReply } from './compare-reply';
import type { ReservationCase, ReservationCaseFile } from './reservation-case';
import type { ReservationPlanner } from './reservation-planner';
import { validateReservationRequest } from './request-validation';

export async function runReservationCase(
  planner: ReservationPlanner,
  validator: SchemaValidator,
  file: string,
  index: number,
  c: ReservationCase,
): Promise<CaseResult> {
  const base = { file, index, name: c.name };
  const invalid = validateReservationRequest(validator, c.request, file, `/cases/${index}/request`);
  if (invalid.length > 0) {
    return {
      ...base,
      passed: false,
      mismatches: [],
      error: invalid.map(formatRuleFileError).join('; '),
    };
  }
  try {
    const reply = await planner.plan(c.request, parseInstant(c.at), c.lang ?? 'en');
    const mismatches = compareReply(reply, c.expect);
    return { ...base, passed: mismatches.length === 0, mismatches };
  } catch (e) {
    return { ...base, passed: false, mismatches: [], error: String(e) };
  }
}

/** Runs every reservation case of the pack (or the given files) through one planner. */
export async function runReservationCases(
  planner: ReservationPlanner,
  files: readonly ReservationCaseFile[],
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const validator = new SchemaValidator(planner.pack.schemas);
  for (const f of files) {
    for (const [i, c] of f.cases.entries()) {
      results.push(await runReservationCase(planner, validator, f.file, i, c));
    }
  }
  return results;
}
