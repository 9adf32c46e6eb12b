import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Temporal } from '@js-temporal/polyfill';
import { patternSites, unsafePatterns } from '../domain/loading/regex-safety';
import { formatRuleFileError } from '../domain/loading/rule-file-error';
import { buildManifest } from '../domain/signing/pack-manifest';
import { signManifest, type PublisherKeyPair } from '../domain/signing/pack-signature';
import { fileText, toBundle } from '../workbench/pack-bundle';
import { checkPackFolder } from './load-shipped-pack';
import { ruleFolderArgument } from './read-rule-files';

// npm run rules:sign -- <rules folder> --key <private key file> [--out <file>] [--id <pack id>]
// Checks the pack like rules:check, then writes a signed bundle the app can import.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    key: { type: 'string' },
    out: { type: 'string' },
    id: { type: 'string', default: 'zairyu-precheck.rules' },
  },
});
const dir = ruleFolderArgument(positionals[0]);
if (!dir || !values.key) {
  console.error(
    'Usage: npm run rules:sign -- <rules folder> --key <private key file> [--out <file>]',
  );
  process.exit(2);
}
let key: PublisherKeyPair;
try {
  key = JSON.parse(readFileSync(resolve(values.key), 'utf8')) as PublisherKeyPair;
  if (!key.keyId || !key.publisher || !key.privateKeyJwk?.d)
    throw new Error('no private key in it');
} catch (e) {
  console.error(
    `${values.key}: not a private key made by npm run rules:keygen (${(e as Error).message})`,
  );
  process.exit(2);
}
const { pack, errors, files } = checkPackFolder(dir);
errors.push(...(await unsafePatterns(patternSites(pack))));
if (errors.length > 0) {
  for (const error of errors) console.error(formatRuleFileError(error));
  console.error(`${errors.length} error(s): a pack is signed only when rules:check passes.`);
  process.exit(2);
}
const manifest = await buildManifest(files, {
  packId: values.id!,
  publisher: key.publisher,
  created: Temporal.Now.instant().toString(),
});
const signature = await signManifest(JSON.stringify(manifest, null, 2), key);
const out = resolve(values.out ?? `rule-pack-${manifest.version}.signed.json`);
writeFileSync(out, fileText(toBundle(files, signature)));
console.log(
  `signed ${manifest.files.length} files of pack ${manifest.version} as ${key.publisher} (key ${key.keyId}): ${out}`,
);
