import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describeAjvErrors } from './ajv-messages';
import type { RuleFileError } from './rule-file-error';

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

/** Compiles the JSON Schemas of rules/schema once and validates documents against them. */
export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(schemas: Record<string, object>) {
    this.ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(this.ajv);
    for (const schema of Object.values(schemas)) this.ajv.addSchema(schema);
  }

  has(id: string): boolean {
    return this.ajv.getSchema(id) !== undefined;
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
