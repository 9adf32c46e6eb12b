import { sha256Hex } from './digest';
import { fileDigests } from './pack-manifest';

/**
 * A short fingerprint of a pack's content (every file but the schemas), shown beside
 * unofficial rules so two packs with the same version number can be told apart.
 */
export async function packContentHash(files: Record<string, unknown>): Promise<string> {
  const lines = (await fileDigests(files)).map((f) => `${f.sha256}  ${f.path}\n`).join('');
  return (await sha256Hex(lines)).slice(0, 12);
}
