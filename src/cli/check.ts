import { Checker } from '../domain/evaluation/checker';
import { implausibleValues } from '../domain/loading/draft-plausibility';
import { validateDraft } from '../domain/loading/draft-validation';
import { RulePackError, type RuleFileError } from '../domain/loading/rule-file-error';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { Draft } from '../domain/model/draft';
import type { Lang } from '../domain/model/localized';
import { asOfDay } from '../domain/time/as-of-day';
import { fail, readCommandInput } from './cli-input';
import { checkAsOf } from './as-of-range';
import { loadShippedPack } from './load-shipped-pack';
import { ReportWriter, type OutputFormat } from './report-writer';

// npm run --silent check -- <file> [--as-of <ISO instant>] [--lang ja|en] [--format json|ndjson]
// Exit 0: every draft fileable; 1: some draft is not; 2: invalid input or rule files, with
// every problem on stderr and no report printed.
const USAGE =
  'usage: npm run --silent check -- <draft.json> [--as-of 2026-05-31T09:00:00+09:00] [--lang ja|en] [--format json|ndjson]';

const input = readCommandInput('as-of', 'draft', USAGE, ['format']);
const { file, json, instant: asOf, lang } = input;
const format = (input.options.format ?? 'json') as OutputFormat;
if (format !== 'json' && format !== 'ndjson') {
  fail(`--format must be json or ndjson, not "${format}"\n${USAGE}`);
}
checkAsOf(asOf, lang);

const say = (e: RuleFileError, l: Lang) =>
  `${e.file}#${e.pointer || '/'}: ${l === 'ja' && e.ja ? e.ja : e.message}`;

try {
  const pack = loadShippedPack();
  const validator = new SchemaValidator(pack.schemas);
  const batch = Array.isArray(json);
  const drafts: unknown[] = batch ? json : [json];
  if (drafts.length === 0) {
    fail(
      lang === 'ja'
        ? `${file}: 空の配列です。下書きを1件以上入れてください`
        : `${file}: the array is empty: give at least one draft`,
    );
  }
  const day = asOfDay(asOf).iso;
  const errors = drafts.flatMap((d, i) => {
    const base = batch ? `/${i}` : '';
    const invalid = validateDraft(validator, d, file, base);
    return invalid.length > 0 ? invalid : implausibleValues(d as Draft, day, file, base);
  });
  if (errors.length > 0) {
    const invalid = new Set(errors.map((e) => e.pointer.split('/')[1]));
    const head =
      lang === 'ja'
        ? `${batch ? `${invalid.size} 件の下書き` : '下書き'}に入力の誤りがあります（レポートは出力していません）:`
        : `${batch ? `${invalid.size} draft(s) have` : 'the draft has'} input errors (no report printed):`;
    fail([head, ...errors.map((e) => say(e, lang))].join('\n'));
  }
  const checker = new Checker(pack);
  const writer = new ReportWriter(process.stdout, format, batch);
  let allFileable = true;
  for (const draft of drafts) {
    const report = checker.checkNow(draft as Draft, { asOf, lang });
    if (report.verdict !== 'fileable') allFileable = false;
    await writer.write(report);
  }
  await writer.end();
  process.exitCode = allFileable ? 0 : 1;
} catch (e) {
  if (e instanceof RulePackError) fail(e.message);
  fail(`cannot check ${file}: ${(e as Error).message}`);
}
