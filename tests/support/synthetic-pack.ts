import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import type { RuleFiles } from '../../src/domain/loading/load-rule-pack';

const SHARED = /^rules\/(pack|sources|vocabulary)\.json$|^rules\/(schema|calendar)\//;

/** The pack's shared files (schemas, sources, vocabulary, calendar) without any rule set. */
export function baseRuleFiles(): RuleFiles {
  const all = readRuleFiles(PROJECT_ROOT);
  return Object.fromEntries(Object.entries(all).filter(([path]) => SHARED.test(path)));
}

export const cite = { document: 'domain-facts', section: 'test' };

/** A rule with defaults for everything a test does not care about. */
export function rule(id: string, conditions: unknown, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: { ja: id, en: id },
    severity: 'block',
    effective: { from: '2019-01-01', until: null },
    conditions,
    message: { ja: `${id} が該当`, en: `${id} applies` },
    source: cite,
    confidence: 'official',
    ...extra,
  };
}

export function withRuleSet(
  set: string,
  rules: unknown[],
  parameters: Record<string, unknown> = {},
): RuleFiles {
  const files: RuleFiles = {
    ...baseRuleFiles(),
    [`rules/${set}/rules.json`]: { id: set, title: { ja: set, en: set }, rules },
  };
  if (Object.keys(parameters).length > 0) {
    files[`rules/${set}/parameters.json`] = { parameters };
  }
  return files;
}

export function dated(values: Record<string, unknown>, description = 'test parameter') {
  return {
    description: { ja: description, en: description },
    values: Object.fromEntries(
      Object.entries(values).map(([date, value]) => [
        date,
        { value, source: cite, confidence: 'official' },
      ]),
    ),
  };
}
