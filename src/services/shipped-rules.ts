import type { RuleFiles } from '../domain/loading/load-rule-pack';

// Vite inlines every JSON file under rules/ at build time, so the app works offline with
// exactly the pack that `npm run rules:check` validated.
const modules = import.meta.glob('/rules/**/*.json', { eager: true, import: 'default' });

/** The shipped rule files, keyed like the command line does ("rules/<set>/rules.json"). */
export function shippedRuleFiles(): RuleFiles {
  return Object.fromEntries(Object.entries(modules).map(([path, json]) => [path.slice(1), json]));
}
