import { canonicalFileText, sha256Hex } from './digest';

export const MANIFEST_FORMAT = 'zairyu-precheck.pack-manifest';

/**
 * What a signature covers: who published which version when, and the SHA-256 of every file.
 * The file list is complete, so a file added to or removed from the pack breaks it too.
 */
export interface PackManifest {
  format: typeof MANIFEST_FORMAT;
  packId: string;
  version: string;
  published: string;
  publisher: string;
  /** ISO 8601 instant the pack was signed. */
  created: string;
  files: { path: string; sha256: string }[];
}

/** Schemas come from the app (never from a pack), so a signed pack neither needs nor carries them. */
export const isPackFile = (path: string) => !path.startsWith('rules/schema/');

export async function fileDigests(
  files: Record<string, unknown>,
): Promise<{ path: string; sha256: string }[]> {
  const paths = Object.keys(files).filter(isPackFile).sort();
  return Promise.all(
    paths.map(async (path) => ({ path, sha256: await sha256Hex(canonicalFileText(files[path])) })),
  );
}

export async function buildManifest(
  files: Record<string, unknown>,
  meta: { packId: string; publisher: string; created: string },
): Promise<PackManifest> {
  const pack = (files['rules/pack.json'] ?? {}) as { version?: string; published?: string };
  return {
    format: MANIFEST_FORMAT,
    packId: meta.packId,
    version: pack.version ?? '',
    published: pack.published ?? '',
    publisher: meta.publisher,
    created: meta.created,
    files: await fileDigests(files),
  };
}

/** How the files differ from what the manifest lists. */
export interface FileMismatch {
  path: string;
  problem: 'changed' | 'added' | 'removed';
}

export async function manifestMismatches(
  manifest: PackManifest,
  files: Record<string, unknown>,
): Promise<FileMismatch[]> {
  const listed = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  const out: FileMismatch[] = [];
  for (const { path, sha256 } of await fileDigests(files)) {
    const expected = listed.get(path);
    if (expected === undefined) out.push({ path, problem: 'added' });
    else if (expected !== sha256) out.push({ path, problem: 'changed' });
    listed.delete(path);
  }
  for (const path of listed.keys()) out.push({ path, problem: 'removed' });
  return out;
}

/** A manifest read back from its signed text; undefined when it is not one. */
export function parseManifest(text: string): PackManifest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const m = json as Partial<PackManifest> | null;
  const strings = [m?.packId, m?.version, m?.published, m?.publisher, m?.created];
  if (m?.format !== MANIFEST_FORMAT || strings.some((s) => typeof s !== 'string')) return undefined;
  const files = m.files;
  if (!Array.isArray(files)) return undefined;
  if (
    !files.every((f) => typeof f?.path === 'string' && /^[0-9a-f]{64}$/.test(String(f?.sha256)))
  ) {
    return undefined;
  }
  return m as PackManifest;
}
