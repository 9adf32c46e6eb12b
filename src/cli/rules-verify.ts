import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTrustList } from '../domain/signing/trust-list';
import { verifyPack } from '../domain/signing/verify-pack';
import { BundleError, parseSignedBundle } from '../workbench/pack-bundle';
import { PROJECT_ROOT } from './project-root';

// npm run rules:verify -- <signed bundle> [--trust <trust file>] — what the app will say
// about a bundle: signed by a trusted publisher, unsigned (and why), or altered after signing.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { trust: { type: 'string', default: join(PROJECT_ROOT, 'trust', 'publishers.json') } },
});
if (!positionals[0]) {
  console.error('Usage: npm run rules:verify -- <signed bundle> [--trust <trust file>]');
  process.exit(2);
}
try {
  const trustPath = resolve(values.trust!);
  const trust = parseTrustList(JSON.parse(readFileSync(trustPath, 'utf8')), trustPath);
  const { files, signature } = parseSignedBundle(readFileSync(resolve(positionals[0]), 'utf8'));
  const result = await verifyPack(files, signature, trust);
  if (result.status === 'signed') {
    const m = result.manifest;
    console.log(
      `signed: pack ${m.packId} ${m.version} by ${result.publisher} (key ${result.keyId}), ${m.files.length} files, signed ${m.created}`,
    );
    process.exit(0);
  }
  console.error(`${result.status}: ${result.reason.en}`);
  process.exit(1);
} catch (e) {
  console.error(e instanceof BundleError ? e.text.en : (e as Error).message);
  process.exit(2);
}
