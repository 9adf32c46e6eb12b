import type { DatedValue, ParameterDef } from '../model/parameter';

export interface ValueInForce extends DatedValue {
  name: string;
  since: string;
}

/** The value in force on `date` (YYYY-MM-DD): the entry with the latest start on or before it. */
export function valueInForce(def: ParameterDef, date: string): ValueInForce | undefined {
  let since: string | undefined;
  for (const start of Object.keys(def.values)) {
    if (start <= date && (since === undefined || start > since)) since = start;
  }
  if (since === undefined) return undefined;
  return { name: def.name, since, ...def.values[since]! };
}

/** Every parameter's value on `date`, as `param.<name>` facts; absent when not yet in force. */
export function parameterFactsOn(
  parameters: ReadonlyMap<string, ParameterDef>,
  date: string,
): Record<string, ValueInForce> {
  const out: Record<string, ValueInForce> = {};
  for (const def of parameters.values()) {
    const v = valueInForce(def, date);
    if (v) out[def.name] = v;
  }
  return out;
}

export const PARAM_PREFIX = 'param.';

export function paramName(fact: string): string | undefined {
  return fact.startsWith(PARAM_PREFIX) ? fact.slice(PARAM_PREFIX.length) : undefined;
}
