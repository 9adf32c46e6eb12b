import { formatRuleFileError, RulePackError } from '../domain/loading/rule-file-error';
import { SchemaValidator } from '../domain/loading/schema-validator';
import { validateReservationRequest } from '../domain/reservation/request-validation';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import type { ReservationRequest } from '../domain/reservation/reservation-request';
import { fail, readCommandInput } from './cli-input';
import { loadShippedPack } from './load-shipped-pack';

// npm run --silent reserve -- <request.json> [--at <ISO instant>] [--lang ja|en]
// Exit 0: allowed; 1: not allowed; 2: invalid input or rule files (errors on stderr).
const USAGE =
  'usage: npm run --silent reserve -- <request.json> [--at 2020-12-07T12:00:00+09:00] [--lang ja|en]';

const { file, json: input, instant: at, lang } = readCommandInput('at', 'request', USAGE);

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
