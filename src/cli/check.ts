import { Checker } from '../domain/evaluation/checker';
import { validateDraft } from '../domain/loading/draft-validation';
import { formatRuleFileError, RulePackError } from '../domain/loading/rule-file-error';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { Draft } from '../domain/model/draft';
import { fail, readCommandInput } from './cli-input';
import { loadShippedPack } from './load-shipped-pack';

// npm run --silent check -- <file> [--as-of <ISO instant>] [--lang ja|en]
// Exit 0: every draft fileable; 1: some draft is not; 2: invalid input or rule files.
const USAGE =
  'usage: npm run --silent check -- <draft.json> [--as-of 2026-05-31T09:00:00+09:00] [--lang ja|en]';

const { file, json: input, instant: asOf, lang } = readCommandInput('as-of', 'draft', USAGE);

try {
  const pack = loadShippedPack();
  const validator = new SchemaValidator(pack.schemas);
  const drafts = Array.isArray(input) ? input : [input];
  const errors = drafts.flatMap((d, i) =>
    validateDraft(validator, d, file, Array.isArray(input) ? `/${i}` : ''),
  );
  if (errors.length > 0) fail(errors.map(formatRuleFileError).join('\n'));
  const checker = new Checker(pack);
  const reports = [];
  for (const draft of drafts) reports.push(await checker.check(draft as Draft, { asOf, lang }));
  console.log(JSON.stringify(Array.isArray(input) ? reports : reports[0], null, 2));
  process.exit(reports.every((r) => r.verdict === 'fileable') ? 0 : 1);
} catch (e) {
  if (e instanceof RulePackError) fail(e.message);
  fail(`cannot check ${file}: ${(e as Error).message}`);
}
