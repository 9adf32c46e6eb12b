import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatRuleFileError, RulePackError } from '../domain/loading/rule-file-error';
import { SchemaValidator } from '../domain/loading/schema-validator';
import { isLang } from '../domain/model/localized';
import { validateReservationRequest } from '../domain/reservation/request-validation';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import type { ReservationRequest } from '../domain/reservation/reservation-request';
import { nowInTokyo, parseInstant } from '../domain/time/tokyo-time';
import { loadShippedPack } from './load-shipped-pack';

// npm run --silent reserve -- <request.json> [--at <ISO instant>] [--lang ja|en]
// Exit 0: allowed; 1: not allowed; 2: invalid input or rule files (errors on stderr).
const USAGE =
  'usage: npm run --silent reserve -- <request.json> [--at 2020-12-07T12:00:00+09:00] [--lang ja|en]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { at: { type: 'string' }, lang: { type: 'string', default: 'ja' } },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
})();
const file = positionals[0] ?? fail(`missing the request file\n${USAGE}`);
if (!isLang(values.lang)) fail(`--lang must be ja or en, not "${values.lang}"`);
const lang = values.lang;

let at;
try {
  at = values.at ? parseInstant(values.at) : nowInTokyo();
} catch (e) {
  fail(`--at: ${(e as Error).message}`);
}

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`${file}: cannot read a JSON request: ${(e as Error).message}`);
}

try {
  const pack = loadShippedPack();
  const errors = validateReservationRequest(new SchemaValidator(pack.schemas), input, file);
  if (errors.length > 0) fail(errors.map(formatRuleFileError).join('\n'));
  const reply = await new ReservationPlanner(pack).plan(input as ReservationRequest, at, lang);
  console.log(JSON.stringify(reply, null, 2));
  process.exit(reply.allowed ? 0 : 1);
} catch (e) {
  if (e instanceof RulePackError) fail(e.message);
  fail(`cannot plan ${file}: ${(e as Error).message}`);
}
