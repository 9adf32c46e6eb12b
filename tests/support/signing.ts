import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import type { RuleFiles } from '../../src/domain/loading/load-rule-pack';
import { buildManifest } from '../../src/domain/signing/pack-manifest';
import {
  generatePublisherKey,
  signManifest,
  type PackSignature,
  type PublisherKeyPair,
} from '../../src/domain/signing/pack-signature';
import type { TrustList } from '../../src/domain/signing/trust-list';
import { stampVersion } from '../../src/workbench/pack-edits';

/** A test publisher made by the tests; no real key is ever used or stored. */
export async function testPublisher(name = 'Test policy division'): Promise<PublisherKeyPair> {
  return generatePublisherKey(name);
}

export function trusting(...keys: PublisherKeyPair[]): TrustList {
  return {
    publishers: keys.map(({ keyId, publisher, publicKey }) => ({ keyId, publisher, publicKey })),
    revoked: [],
  };
}

/** The shipped rule files (without schemas, as a bundle carries them), optionally re-versioned. */
export function packFiles(version?: string): RuleFiles {
  const files = structuredClone(readRuleFiles(PROJECT_ROOT));
  for (const path of Object.keys(files)) if (path.startsWith('rules/schema/')) delete files[path];
  return version ? stampVersion(files, version, version.replace(/\./g, '-').slice(0, 10)) : files;
}

export async function signed(
  files: RuleFiles,
  key: PublisherKeyPair,
  created = '2026-12-01T00:00:00Z',
): Promise<PackSignature> {
  const manifest = await buildManifest(files, {
    packId: 'test.rules',
    publisher: key.publisher,
    created,
  });
  return signManifest(JSON.stringify(manifest, null, 2), key);
}
