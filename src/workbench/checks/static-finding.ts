import type { Localized } from '../../domain/model/localized';

export type CheckKind =
  | 'uncovered-combination'
  | 'overlapping-rules'
  | 'contradictory-rules'
  | 'parameter-gap'
  | 'unused-parameter'
  | 'never-fires';

/** One thing a static check found, pointing into the files like a loader error. */
export interface StaticFinding {
  check: CheckKind;
  /** warn: probably a mistake; info: worth a look. */
  level: 'warn' | 'info';
  file: string;
  pointer: string;
  text: Localized;
  /** Rule ids involved, for jumping to them from the list. */
  rules?: string[];
}

/** Inclusive periods with null as open; true when some day lies in both. */
export function periodsOverlap(
  a: { from: string | null; until: string | null },
  b: { from: string | null; until: string | null },
): boolean {
  const startsBeforeEnd = (x: typeof a, y: typeof a) =>
    x.from === null || y.until === null || x.from <= y.until;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}
