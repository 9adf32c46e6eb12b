import { reservationParams } from '../domain/reservation/reservation-parameters';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import type { ValueInForce } from '../domain/parameters/parameter-values';

/**
 * Parameters the core's formulas read directly (README "Parameters the code reads"), and
 * the derived facts computed from them. A rule reading such a fact uses the parameter.
 */
export const CORE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  'filing_window.online': ['windowOpens', 'windowCloses', 'windowIsOpen', 'daysUntilWindowCloses'],
  'filing_window.counter': ['windowOpens', 'windowCloses', 'windowIsOpen', 'daysUntilWindowCloses'],
  'receipt.methods': ['receiptMethodsAllowed'],
  'fees.revenue_stamps': ['feeYen'],
  'photo.max_age': ['photoOldestAllowed'],
};

/**
 * The reservation planner's parameter names, found by asking the planner's own reader which
 * names it looks up, so this list cannot drift from the code.
 */
function reservationParameterNames(): string[] {
  const names: string[] = [];
  for (const system of Object.values(RESERVATION_SYSTEMS)) {
    const probe = new Proxy({} as Record<string, ValueInForce>, {
      get: (_target, key) => {
        names.push(String(key));
        return { value: null } as unknown as ValueInForce;
      },
    });
    reservationParams(system, probe);
  }
  return names;
}

export const CODE_READ_PARAMETERS: ReadonlySet<string> = new Set([
  ...Object.keys(CORE_PARAMETERS),
  ...reservationParameterNames(),
]);

/** Parameters that stand behind a derived fact (window facts → filing_window.*). */
export function parametersBehindFact(fact: string): string[] {
  return Object.entries(CORE_PARAMETERS)
    .filter(([, facts]) => facts.includes(fact))
    .map(([name]) => name);
}
