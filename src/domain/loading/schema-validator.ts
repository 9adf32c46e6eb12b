import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describeAjvErrors } from './ajv-messages';
import { precompiled } from './generated/schema-validators.js';
import type { RuleFileError } from './rule-file-error';
import { schemaFingerprint } from './schema-fingerprint';

export type SchemaId =
  | 'draft.schema.json'
  | 'rule-set.schema.json'
  | 'parameters.schema.json'
  | 'test-case.schema.json'
  | 'sources.schema.json'
  | 'calendar.schema.json'
  | 'pack.schema.json'
  | 'reservation-case.schema.json'
  | 'reservation-request.schema.json';

export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

/**
 * Validates documents against the JSON Schemas of rules/schema. Schemas identical to the
 * app's own use the standalone validators generated into the repo (no compilation, ready at
 * once); any other schema is compiled with Ajv on first use.
 */
export class SchemaValidator {
  private ajvInstance: Ajv2020 | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly schemas: Record<string, object>) {
    for (const [id, schema] of Object.entries(schemas)) {
      const entry = precompiled[id];
      if (entry && entry[1] === schemaFingerprint(schema)) this.compiled.set(id, entry[0]);
    }
  }

  private get ajv(): Ajv2020 {
    if (!this.ajvInstance) {
      this.ajvInstance = new Ajv2020(AJV_OPTIONS);
      addFormats(this.ajvInstance);
      for (const schema of Object.values(this.schemas)) this.ajvInstance.addSchema(schema);
    }
    return this.ajvInstance;
  }

  has(id: string): boolean {
    return this.compiled.has(id) || this.ajv.getSchema(id) !== undefined;
  }

  /** Returns every error, each naming the file, the JSON pointer and what was expected. */
  validate(id: SchemaId, data: unknown, file: string, basePointer = ''): RuleFileError[] {
    let validate = this.compiled.get(id);
    if (!validate) {
      validate = this.ajv.getSchema(id);
      if (!validate) {
        return [{ file, pointer: '', message: `schema ${id} is missing from rules/schema/` }];
      }
      this.compiled.set(id, validate);
    }
    if (validate(data)) return [];
    return describeAjvErrors((validate.errors ?? []) as ErrorObject[], file, basePointer);
  }
}
