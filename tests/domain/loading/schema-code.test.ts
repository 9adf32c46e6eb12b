import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { appSchemas } from '../../../src/cli/load-shipped-pack';
import { PROJECT_ROOT } from '../../../src/cli/project-root';
import {
  GENERATED_VALIDATORS,
  standaloneSchemaCode,
} from '../../../src/domain/loading/schema-code';
import { AJV_OPTIONS, SchemaValidator } from '../../../src/domain/loading/schema-validator';

describe('standalone schema validators', () => {
  it('are up to date with rules/schema (run npm run schemas:code when this fails)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, GENERATED_VALIDATORS), 'utf8');
    expect(committed === standaloneSchemaCode(appSchemas())).toBe(true);
  });

  it('give the errors Ajv compiling the same schemas gives', () => {
    const schemas = appSchemas();
    const ajv = new Ajv2020(AJV_OPTIONS);
    addFormats(ajv);
    for (const s of Object.values(schemas)) ajv.addSchema(s);
    const drafts: unknown[] = [
      { channel: 'online', procedure: 'extension' },
      { channel: 'fax', applicant: { birthDate: '2026-13-01', status: 'nobody' }, extra: 1 },
      { filer: { credential: { number: 7 } }, withProcedures: ['reentry', 'reentry'] },
      [],
    ];
    const standalone = new SchemaValidator(schemas);
    for (const draft of drafts) {
      const compiled = ajv.getSchema('draft.schema.json')!;
      compiled(draft);
      const viaAjv = (compiled.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
      const errors = standalone.validate('draft.schema.json', draft, 'd.json');
      expect(errors.length > 0).toBe(viaAjv.length > 0);
      for (const path of new Set(viaAjv.map((p) => p.split(' ')[0]))) {
        expect(errors.some((e) => e.pointer.startsWith(path!))).toBe(true);
      }
    }
  });

  it('fall back to compiling a schema that differs from the generated one', () => {
    const schemas = appSchemas();
    const draft = schemas['draft.schema.json'] as { properties: Record<string, unknown> };
    const changed = {
      ...schemas,
      'draft.schema.json': {
        ...draft,
        properties: { ...draft.properties, channel: { const: 'fax' } },
      },
    };
    const errors = new SchemaValidator(changed).validate(
      'draft.schema.json',
      { channel: 'online' },
      'd',
    );
    expect(errors.map((e) => e.pointer)).toEqual(['/channel']);
  });
});
