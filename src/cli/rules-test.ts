import { runCases } from '../domain/cases/run-cases';
import { Checker } from '../domain/evaluation/checker';
import { formatRuleFileError, RulePackError } from '../domain/loading/rule-file-error';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import { runReservationCases } from '../domain/reservation/run-reservation-cases';
import { loadShippedPack } from './load-shipped-pack';

// npm run rules:test [-- <filter>] — runs the rule test cases (rules/*/cases/*.json).
const filter = process.argv[2];
try {
  const pack = loadShippedPack();
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
} catch (e) {
  if (!(e instanceof RulePackError)) throw e;
  for (const error of e.errors) console.error(formatRuleFileError(error));
  process.exit(2);
}
