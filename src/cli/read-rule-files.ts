import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { RulePackError, type RuleFileError } from '../domain/loading/rule-file-error';

/**
 * Reads every .json file of a rules folder, keyed "rules/<path inside it>" wherever the
 * folder is. A file that is not valid JSON is reported with its position and the others are
 * still read, so one broken file does not hide the errors of the rest.
 */
export function readRuleFolder(dir: string): { files: RuleFiles; errors: RuleFileError[] } {
  const files: RuleFiles = {};
  const errors: RuleFileError[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const key = 'rules/' + relative(dir, path).split(sep).join('/');
        try {
          files[key] = JSON.parse(readFileSync(path, 'utf8'));
        } catch (e) {
          errors.push({
            file: key,
            pointer: '',
            message: `not valid JSON: ${(e as Error).message}`,
            ja: `JSONとして読めません: ${(e as Error).message}`,
          });
        }
      }
    }
  };
  walk(dir);
  return { files, errors };
}

/** Reads every .json file under <root>/rules; throws RulePackError when any is not JSON. */
export function readRuleFiles(root: string): RuleFiles {
  const { files, errors } = readRuleFolder(join(root, 'rules'));
  if (errors.length > 0) throw new RulePackError(errors);
  return files;
}

/**
 * The rules folder a command was given: the folder itself, or a folder holding rules/.
 * Undefined when the argument is not a folder (then it is something else, e.g. a filter).
 */
export function ruleFolderArgument(arg: string | undefined): string | undefined {
  if (!arg) return undefined;
  const dir = resolve(arg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  if (basename(dir) !== 'rules' && existsSync(join(dir, 'rules', 'pack.json'))) {
    return join(dir, 'rules');
  }
  return dir;
}
