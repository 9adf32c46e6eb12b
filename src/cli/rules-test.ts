import { join } from 'node:path';
import { runCases } from '../domain/cases/run-cases';
import { Checker } from '../domain/evaluation/checker';
import { formatRuleFileError } from '../domain/loading/rule-file-error';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import { runReservationCases } from '../domain/reservation/run-reservation-cases';
import { checkPackFolder } from './load-shipped-pack';
import { PROJECT_ROOT } from './project-root';
import { ruleFolderArgument } from './read-rule-files';

// npm run rules:test [-- <rules folder>] [<path filter>] — runs the test cases of a pack
// (rules/*/cases/*.json; the project's rules/ by default).
const args = process.argv.slice(2);
const folder = ruleFolderArgument(args[0]);
if (folder) args.shift();
const dir = folder ?? join(PROJECT_ROOT, 'rules');
const filter = args[0];
const { pack, errors } = checkPackFolder(dir);
if (errors.length > 0) {
  // Cases of a pack that does not load would fail for the wrong reason: say why instead.
  for (const error of errors) console.error(formatRuleFileError(error));
  console.error(
    `${errors.length} error(s) in ${dir}: fix them (npm run rules:check) before running cases.`,
  );
  process.exit(2);
}
const files = pack.cases.filter((f) => !filter || f.file.includes(filter));
const reservationFiles = pack.reservationCases.filter((f) => !filter || f.file.includes(filter));
const results = [
  ...(await runCases(new Checker(pack), files)),
  ...(await runReservationCases(new ReservationPlanner(pack), reservationFiles)),
];
for (const r of results.filter((x) => !x.passed)) {
  console.log(`FAIL ${r.file}#/cases/${r.index} ${r.name}`);
  if (r.error) console.log(`  error: ${r.error}`);
  for (const m of r.mismatches) {
    console.log(
      `  ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
    );
  }
}
const failed = results.filter((r) => !r.passed).length;
console.log(
  `${results.length - failed} passed, ${failed} failed (${files.length + reservationFiles.length} files)`,
);
process.exit(failed > 0 ? 1 : 0);
