import { readFileSync } from 'node:fs';
import { SchemaValidator } from '../../src/domain/loading/schema-validator';
import type { ParseContext } from '../../src/bulk/parse-cases-csv';
import { shippedPack } from '../support/shipped-pack';

let context: ParseContext | undefined;

/** Vocabulary and draft schema of the shipped pack, as the page passes them. */
export function parseContext(): ParseContext {
  const pack = shippedPack();
  return (context ??= {
    vocabulary: pack.vocabulary,
    validator: new SchemaValidator(pack.schemas),
  });
}

export function template(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../public/templates/${name}`, import.meta.url)));
}

export const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
