import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The unit project shares one module graph between files (isolate: false), which cuts its
// run time by about three quarters: the rules, Temporal and Ajv are imported once instead of
// once per file. Component tests cannot share: jsdom's document, localStorage and the
// IndexedDB stand-in would carry one file's state into the next. They are found by the
// pragma they already need, so a new component test lands in the isolated project by itself.

const PRAGMA = /^\s*\/\/\s*@vitest-environment\s+jsdom\b/m;

function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(path));
    else if (entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

/** Test files under `dir` (paths relative to `root`, `/`-separated) that run in jsdom. */
export function domTestFiles(root: string, dir = 'tests'): string[] {
  return testFiles(join(root, dir))
    .filter((path) => PRAGMA.test(readFileSync(path, 'utf8')))
    .map((path) => relative(root, path).split('\\').join('/'))
    .sort();
}
