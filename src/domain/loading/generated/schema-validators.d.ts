// Types of the generated standalone validators (schema-validators.js, see schema-code.ts).
import type { ValidateFunction } from 'ajv';

export declare const precompiled: Record<string, [ValidateFunction, string]>;
