import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { ruleReferenceMarkdown } from '../../src/domain/facts/rule-reference';

it('docs/rule-reference.md lists the current facts and operators (run npm run docs:rules)', () => {
  const committed = readFileSync(join(PROJECT_ROOT, 'docs', 'rule-reference.md'), 'utf8');
  expect(committed).toBe(ruleReferenceMarkdown());
});
