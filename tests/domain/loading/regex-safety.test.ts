import { describe, expect, it } from 'vitest';
import {
  patternSites,
  recheckPatterns,
  unsafePatterns,
  type PatternChecker,
} from '../../../src/domain/loading/regex-safety';
import { shippedPack } from '../../support/shipped-pack';

const site = (source: string) => ({ file: 'rules/x/parameters.json', pointer: '/p', source });
let checker: PatternChecker;
const verdicts = async (sources: string[]) => {
  checker ??= await recheckPatterns();
  return unsafePatterns(sources.map(site), checker);
};

describe('ReDoS check of the patterns a pack runs', () => {
  // Star-height checks (safe-regex2) pass the alternation shapes; recheck finds them.
  it.each([
    '^([0-9]+)+$',
    '^(a|aa)+$',
    '^(a|a?)+$',
    '(a*)*b',
    '^(\\d+|\\d{2})*$',
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+$',
    '^\\d*\\d*x$',
  ])('%s is an error that names the pattern and the kind of blow-up', async (pattern) => {
    const errors = await verdicts([pattern]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(JSON.stringify(pattern));
    expect(errors[0]!.message).toMatch(/can take (exponential|polynomial) time \(ReDoS/);
    expect(errors[0]!.ja).toMatch(/ReDoS/);
  });

  it('linear patterns pass', async () => {
    expect(await verdicts(['^[0-9]{12}$', '^0[0-8]:', '^[A-Z]{2}[0-9]{8}[A-Z]{2}$'])).toEqual([]);
  });

  it('finds every pattern of the shipped pack: parameter values and literals in rules', async () => {
    const sites = patternSites(shippedPack());
    expect(sites.map((s) => s.file).sort()).toEqual([
      'rules/online-eligibility/parameters.json',
      'rules/reservation-tokyo/rules.json',
    ]);
    expect(await unsafePatterns(sites, (checker ??= await recheckPatterns()))).toEqual([]);
  });

  it('a pattern the checker cannot decide counts as unsafe', async () => {
    const undecided: PatternChecker = async () => ({
      status: 'unknown',
      error: { kind: 'timeout' },
    });
    const errors = await unsafePatterns([site('^x$')], undecided);
    expect(errors[0]!.message).toMatch(/could not be shown safe from ReDoS \(timeout\)/);
  });
});
