import type { Mismatch } from '../domain/cases/compare-report';
import { getAt, setAt, toPointer } from './json-pointer';

type Expect = Record<string, unknown>;

const without = (list: unknown, drop: unknown): unknown[] => {
  const gone = new Set(Array.isArray(drop) ? drop : [drop]);
  return (Array.isArray(list) ? list : []).filter((x) => !gone.has(x));
};

/**
 * The expectation a case would need to pass, taken from what the rules now say: after a
 * deliberate change, policy staff accept the new result instead of retyping JSON. Set-like
 * fields (findings that must or must not appear, slots) drop the entries that no longer hold.
 */
export function acceptActual(expect: Expect, mismatches: readonly Mismatch[]): Expect {
  let out: unknown = expect;
  for (const m of mismatches) {
    switch (m.field) {
      case 'findings':
        out = setAt(out, '/findings', without(getAt(out, '/findings'), m.expected));
        break;
      case 'absentFindings':
        out = setAt(out, '/absentFindings', without(getAt(out, '/absentFindings'), m.actual));
        break;
      case 'slots.includes':
        out = setAt(out, '/slots/includes', without(getAt(out, '/slots/includes'), m.expected));
        break;
      case 'slots.excludes':
        out = setAt(out, '/slots/excludes', without(getAt(out, '/slots/excludes'), m.actual));
        break;
      default:
        // "window.opens", "quota.remaining", "verdict": the field's path in the expectation.
        out = setAt(out, toPointer(m.field.split('.')), m.actual);
    }
  }
  return out as Expect;
}
