import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { RulePackError, type RuleFileError } from '../domain/loading/rule-file-error';

/** Reads every .json file under <root>/rules; unparsable JSON is reported with its position. */
export function readRuleFiles(root: string): RuleFiles {
  const files: RuleFiles = {};
  const errors: RuleFileError[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const key = relative(root, path).split(sep).join('/');
        try {
          files[key] = JSON.parse(readFileSync(path, 'utf8'));
        } catch (e) {
          errors.push({
            file: key,
            pointer: '',
            message: `not valid JSON: ${(e as Error).message}`,
          });
        }
      }
    }
  };
  walk(join(root, 'rules'));
  if (errors.length > 0) throw new RulePackError(errors);
  return files;
}
