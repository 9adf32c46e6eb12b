import { formatRuleFileError, RulePackError } from '../domain/loading/rule-file-error';
import { loadShippedPack } from './load-shipped-pack';

// npm run rules:check — validates every file under rules/ and lists every error at once.
try {
  const pack = loadShippedPack();
  const rules = pack.ruleSets.reduce((n, s) => n + s.rules.length, 0);
  const cases = [...pack.cases, ...pack.reservationCases].reduce((n, f) => n + f.cases.length, 0);
  console.log(
    `rules/ is valid: pack ${pack.version}, ${pack.ruleSets.length} rule sets, ${rules} rules, ` +
      `${pack.parameters.size} parameters, ${cases} test cases.`,
  );
} catch (e) {
  if (!(e instanceof RulePackError)) throw e;
  for (const error of e.errors) console.error(formatRuleFileError(error));
  console.error(`${e.errors.length} error(s) in rules/.`);
  process.exit(2);
}
