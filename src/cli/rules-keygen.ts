import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePublisherKey } from '../domain/signing/pack-signature';

// npm run rules:keygen -- --publisher "<name>" [--out <folder>] — makes an Ed25519 key pair
// for a rule-pack publisher: <keyId>.private.json (keep it secret, off the repository) and
// <keyId>.public.json (the entry a deployment adds to trust/publishers.json).
const { values } = parseArgs({
  options: { publisher: { type: 'string' }, out: { type: 'string', default: '.' } },
});
if (!values.publisher) {
  console.error(
    'Name the publisher: npm run rules:keygen -- --publisher "ISA policy division" [--out <folder>]',
  );
  process.exit(2);
}
const key = await generatePublisherKey(values.publisher);
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });
const privatePath = join(out, `${key.keyId}.private.json`);
const publicPath = join(out, `${key.keyId}.public.json`);
if (existsSync(privatePath)) {
  console.error(`${privatePath} exists: refusing to overwrite a key`);
  process.exit(2);
}
const { privateKeyJwk, ...publicPart } = key;
// Only the owner may read the private key (0600), as ssh does for its keys.
writeFileSync(privatePath, JSON.stringify({ ...publicPart, privateKeyJwk }, null, 2) + '\n', {
  mode: 0o600,
});
writeFileSync(publicPath, JSON.stringify(publicPart, null, 2) + '\n');
console.log(`key ${key.keyId} for ${key.publisher}
  private: ${privatePath}  (keep it off the repository; whoever has it can publish rules)
  public:  ${publicPath}  (add its entry to "publishers" in trust/publishers.json of the app build)`);
