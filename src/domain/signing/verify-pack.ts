import type { Localized } from '../model/localized';
import {
  manifestMismatches,
  parseManifest,
  type FileMismatch,
  type PackManifest,
} from './pack-manifest';
import { signatureHolds, type PackSignature } from './pack-signature';
import type { TrustList } from './trust-list';

/**
 * What an imported pack's signature says. A pack with no signature, or signed by a key the
 * app does not know or has revoked, counts as unsigned (it may be tried as unofficial rules).
 * A signature that does not cover the files as they are means the pack was altered: refused.
 */
export type PackTrust =
  | { status: 'signed'; manifest: PackManifest; keyId: string; publisher: string }
  | { status: 'unsigned'; reason: Localized }
  | { status: 'tampered'; reason: Localized; mismatches: FileMismatch[] };

const PROBLEM: Record<FileMismatch['problem'], Localized> = {
  changed: { ja: '内容が署名後に変更されています', en: 'changed after signing' },
  added: { ja: '署名後に追加されています', en: 'added after signing' },
  removed: { ja: '署名後に削除されています', en: 'removed after signing' },
};

function asSignature(value: unknown): PackSignature | undefined {
  const s = value as Partial<PackSignature> | null | undefined;
  const ok =
    s?.algorithm === 'Ed25519' &&
    [s.keyId, s.manifest, s.value].every((x) => typeof x === 'string');
  return ok ? (s as PackSignature) : undefined;
}

export async function verifyPack(
  files: Record<string, unknown>,
  signature: unknown,
  trust: TrustList,
): Promise<PackTrust> {
  if (signature === undefined) {
    return {
      status: 'unsigned',
      reason: { ja: '署名がありません。', en: 'The pack is not signed.' },
    };
  }
  const sig = asSignature(signature);
  const tampered = (reason: Localized, mismatches: FileMismatch[] = []): PackTrust => ({
    status: 'tampered',
    reason,
    mismatches,
  });
  if (!sig) {
    return tampered({
      ja: '署名の形式が正しくありません。',
      en: 'The signature block is malformed (expected algorithm Ed25519, keyId, manifest, value).',
    });
  }
  const revoked = trust.revoked.find((r) => r.keyId === sig.keyId);
  if (revoked) {
    return {
      status: 'unsigned',
      reason: {
        ja: `署名した鍵 ${sig.keyId} は ${revoked.revokedOn} に失効しています（${revoked.reason}）。署名のないパックとして扱います。`,
        en: `The signing key ${sig.keyId} was revoked on ${revoked.revokedOn} (${revoked.reason}), so the pack counts as unsigned.`,
      },
    };
  }
  const key = trust.publishers.find((p) => p.keyId === sig.keyId);
  if (!key) {
    return {
      status: 'unsigned',
      reason: {
        ja: `署名した鍵 ${sig.keyId} はこのアプリが信頼する発行者の鍵ではありません。署名のないパックとして扱います。`,
        en: `The signing key ${sig.keyId} is not a publisher key this app trusts, so the pack counts as unsigned.`,
      },
    };
  }
  if (!(await signatureHolds(sig, key.publicKey))) {
    return tampered({
      ja: `署名がマニフェストと一致しません。マニフェストが変更または差し替えられています（鍵 ${sig.keyId}）。`,
      en: `The signature does not match the manifest: the manifest was changed or swapped (key ${sig.keyId}).`,
    });
  }
  const manifest = parseManifest(sig.manifest);
  if (!manifest) {
    return tampered({
      ja: 'マニフェストを読めません。',
      en: 'The signed manifest cannot be read.',
    });
  }
  const meta = (files['rules/pack.json'] ?? {}) as { version?: unknown; published?: unknown };
  if (meta.version !== manifest.version || meta.published !== manifest.published) {
    return tampered({
      ja: `rules/pack.json の版（${String(meta.version)}）が署名された版（${manifest.version}）と異なります。`,
      en: `rules/pack.json says version ${String(meta.version)}, but the signed manifest is for ${manifest.version}.`,
    });
  }
  const mismatches = await manifestMismatches(manifest, files);
  if (mismatches.length > 0) {
    const list = (lang: 'ja' | 'en') =>
      mismatches.map((m) => `${m.path} (${PROBLEM[m.problem][lang]})`).join(', ');
    return tampered(
      {
        ja: `署名の後に変更されたファイルがあります: ${list('ja')}`,
        en: `Files differ from what was signed: ${list('en')}`,
      },
      mismatches,
    );
  }
  return { status: 'signed', manifest, keyId: sig.keyId, publisher: key.publisher };
}
