import { patternSites, unsafePatterns } from '../domain/loading/regex-safety';
import { formatRuleFileError } from '../domain/loading/rule-file-error';
import { checkPackFolder } from './load-shipped-pack';
import { PROJECT_ROOT } from './project-root';
import { ruleFolderArgument } from './read-rule-files';
import { join } from 'node:path';

// npm run rules:check [-- <rules folder>] — validates every file of a rules folder (the
// project's rules/ by default) and lists every error at once: JSON, schema, semantics, ReDoS.
const arg = process.argv[2];
const dir = arg ? ruleFolderArgument(arg) : join(PROJECT_ROOT, 'rules');
if (!dir) {
  console.error(
    `${arg} is not a folder: give the rules folder of a pack, e.g. npm run rules:check -- ./rules`,
  );
  process.exit(2);
}
const { pack, errors } = checkPackFolder(dir);
// Patterns are run on every draft, so each is tested for catastrophic backtracking too.
errors.push(...(await unsafePatterns(patternSites(pack))));
if (errors.length > 0) {
  for (const error of errors) console.error(formatRuleFileError(error));
  console.error(`${errors.length} error(s) in ${dir}.`);
  process.exit(2);
}
const rules = pack.ruleSets.reduce((n, s) => n + s.rules.length, 0);
const cases = [...pack.cases, ...pack.reservationCases].reduce((n, f) => n + f.cases.length, 0);
console.log(
  `${dir} is valid: pack ${pack.version}, ${pack.ruleSets.length} rule sets, ${rules} rules, ` +
    `${pack.parameters.size} parameters, ${cases} test cases, ${patternSites(pack).length} patterns free of ReDoS.`,
);
process.exit(0);
