import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_VALIDATORS, standaloneSchemaCode } from '../domain/loading/schema-code';
import { appSchemas } from './load-shipped-pack';
import { PROJECT_ROOT } from './project-root';

// npm run schemas:code — rewrites the standalone validators from rules/schema/*.schema.json.
writeFileSync(join(PROJECT_ROOT, GENERATED_VALIDATORS), standaloneSchemaCode(appSchemas()));
console.log(`${GENERATED_VALIDATORS} written`);
