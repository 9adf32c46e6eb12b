import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import type { RulePack } from '../domain/model/rule-pack';
import { packContentHash } from '../domain/signing/content-hash';
import { isPackFile } from '../domain/signing/pack-manifest';
import type { TrustList } from '../domain/signing/trust-list';
import { verifyPack } from '../domain/signing/verify-pack';
import { validatePack } from '../workbench/validate-pack';
import type { PackLabel } from './pack-admission';
import type { RulePackOrigin, RulePackStore } from './rule-pack-store';
import { shippedRuleFiles } from './shipped-rules';
import { TRUSTED_PUBLISHERS } from './trusted-publishers';

/** What the footer and reports say about the rules in use. */
export interface RulePackInfo {
  version: string;
  /** Day the pack was published (rules/pack.json). */
  published: string;
  /** shipped: built into the app; otherwise how the kept pack was loaded. */
  origin: 'shipped' | RulePackOrigin;
  source?: string;
  savedAt?: string;
  /** The kept pack's id in the store. */
  id?: string;
  label: PackLabel;
}

export interface ActiveRulePack {
  pack: RulePack;
  files: RuleFiles;
  info: RulePackInfo;
  /** Why a kept pack was not used (it no longer loads); the shipped rules are used instead. */
  problems?: RuleFileError[];
}

/** "<name> <version> <hash>": how unofficial rules are named on every screen and report. */
export const unofficialText = (label: PackLabel): string =>
  `${label.name} ${label.version} ${label.hash}`;

export function shippedRulePack(): ActiveRulePack {
  const files = shippedRuleFiles();
  const result = validatePack(files);
  if (!result.ok) throw new Error('the shipped rules do not load: run npm run rules:check');
  const { version, published } = result.pack;
  // The built-in pack came with the code and is trusted like it.
  const label = { official: true, name: 'built-in', version, hash: '' };
  return { pack: result.pack, files, info: { version, published, origin: 'shipped', label } };
}

const problem = (text: { ja: string; en: string }): RuleFileError[] => [
  { file: 'rules/', pointer: '', message: text.en, ja: text.ja },
];

/**
 * The rules the app should use: the active kept pack when it still loads and is still
 * trusted as it was when kept (a key may have been revoked since), else the shipped rules
 * with the reason. Construct the check services with the result (RulesInUse does).
 */
export async function loadActiveRulePack(
  store: RulePackStore,
  trust: TrustList = TRUSTED_PUBLISHERS,
): Promise<ActiveRulePack> {
  const kept = await store.active().catch(() => undefined);
  if (!kept) return shippedRulePack();
  // Schemas were checked against the app's when the pack was imported; they come from the app.
  const files = Object.fromEntries(Object.entries(kept.files).filter(([p]) => isPackFile(p)));
  const result = validatePack(files);
  if (!result.ok) return { ...shippedRulePack(), problems: result.errors };
  const verdict = await verifyPack(files, kept.signature, trust);
  if (verdict.status === 'tampered')
    return { ...shippedRulePack(), problems: problem(verdict.reason) };
  const official = verdict.status === 'signed';
  if (!official && !kept.acknowledged) {
    return {
      ...shippedRulePack(),
      problems: problem({
        ja: `${verdict.reason.ja} 非公式ルールとして使うには、ルール管理で読み込み直して確認してください。`,
        en: `${verdict.reason.en} To use it as unofficial rules, import it again in the rules workbench and acknowledge it.`,
      }),
    };
  }
  const label: PackLabel = {
    official,
    name: official ? verdict.manifest.packId : (kept.source ?? kept.origin),
    version: result.pack.version,
    hash: await packContentHash(files),
    ...(official ? { publisher: verdict.publisher } : {}),
  };
  return {
    pack: result.pack,
    files,
    info: {
      version: result.pack.version,
      published: result.pack.published,
      origin: kept.origin,
      ...(kept.source ? { source: kept.source } : {}),
      savedAt: kept.savedAt,
      id: kept.id,
      label,
    },
  };
}
