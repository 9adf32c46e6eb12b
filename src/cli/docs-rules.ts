import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleReferenceMarkdown } from '../domain/facts/rule-reference';
import { PROJECT_ROOT } from './project-root';

// npm run docs:rules — rewrites docs/rule-reference.md from the fact and operator catalogues.
writeFileSync(join(PROJECT_ROOT, 'docs', 'rule-reference.md'), ruleReferenceMarkdown());
console.log('docs/rule-reference.md written');
