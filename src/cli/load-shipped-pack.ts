import { join } from 'node:path';
import { checkRulePack } from '../domain/loading/check-rule-pack';
import { loadRulePack, type RuleFiles } from '../domain/loading/load-rule-pack';
import { splitSchemas } from '../domain/loading/pack-schemas';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import type { RulePack } from '../domain/model/rule-pack';
import { PROJECT_ROOT } from './project-root';
import { readRuleFiles, readRuleFolder } from './read-rule-files';

/** The rule pack under the project's rules/ folder; throws RulePackError listing every problem. */
export function loadShippedPack(): RulePack {
  return loadRulePack(readRuleFiles(PROJECT_ROOT));
}

/** The app's schemas: a pack in another folder is validated against these, never its own. */
export function appSchemas(): Record<string, object> {
  const { files } = readRuleFolder(join(PROJECT_ROOT, 'rules', 'schema'));
  return splitSchemas(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k.replace(/^rules\//, 'rules/schema/'), v]),
    ),
  );
}

/** Every error of the pack in `dir` (unreadable JSON, schema, semantics), and the pack. */
export function checkPackFolder(dir: string): {
  pack: RulePack;
  errors: RuleFileError[];
  files: RuleFiles;
} {
  const read = readRuleFolder(dir);
  const checked = checkRulePack(read.files, { schemas: appSchemas() });
  // A file that is not JSON is reported once, not again as missing.
  const unread = new Set(read.errors.map((e) => e.file));
  const rest = checked.errors.filter(
    (e) => !(unread.has(e.file) && e.message.startsWith('missing')),
  );
  return { pack: checked.pack, errors: [...read.errors, ...rest], files: read.files };
}
