import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import type { RulePack } from '../domain/model/rule-pack';
import { validatePack } from '../workbench/validate-pack';
import type { RulePackOrigin, RulePackStore } from './rule-pack-store';
import { shippedRuleFiles } from './shipped-rules';

/** What the footer and reports say about the rules in use. */
export interface RulePackInfo {
  version: string;
  /** Day the pack was published (rules/pack.json). */
  published: string;
  /** shipped: built into the app; otherwise how the kept pack was loaded. */
  origin: 'shipped' | RulePackOrigin;
  source?: string;
  savedAt?: string;
}

export interface ActiveRulePack {
  pack: RulePack;
  files: RuleFiles;
  info: RulePackInfo;
  /** Why a kept pack was not used (it no longer loads); the shipped rules are used instead. */
  problems?: RuleFileError[];
}

export function shippedRulePack(): ActiveRulePack {
  const files = shippedRuleFiles();
  const result = validatePack(files);
  if (!result.ok) throw new Error('the shipped rules do not load: run npm run rules:check');
  const { version, published } = result.pack;
  return { pack: result.pack, files, info: { version, published, origin: 'shipped' } };
}

/**
 * The rules the app should use: the active kept pack when it still loads, else the shipped
 * rules. Construct `new DraftCheckService(active.pack)` with the result.
 */
export async function loadActiveRulePack(store: RulePackStore): Promise<ActiveRulePack> {
  const kept = await store.active().catch(() => undefined);
  if (!kept) return shippedRulePack();
  const result = validatePack(kept.files);
  if (!result.ok) return { ...shippedRulePack(), problems: result.errors };
  return {
    pack: result.pack,
    files: kept.files,
    info: {
      version: result.pack.version,
      published: result.pack.published,
      origin: kept.origin,
      ...(kept.source ? { source: kept.source } : {}),
      savedAt: kept.savedAt,
    },
  };
}
