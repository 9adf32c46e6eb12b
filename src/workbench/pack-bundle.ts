import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { Localized } from '../domain/model/localized';
import { isPackFile } from '../domain/signing/pack-manifest';
import type { PackSignature } from '../domain/signing/pack-signature';
import { sortedPaths } from './pack-locate';

export const BUNDLE_FORMAT = 'zairyu-precheck.rule-pack';

/**
 * One JSON file holding every file of rules/ but the schemas (they come from the app), keyed
 * by its path: the export and import unit. A signed bundle also carries `signature`.
 */
export interface PackBundle {
  format: typeof BUNDLE_FORMAT;
  version: string;
  published: string;
  files: RuleFiles;
  signature?: PackSignature;
}

export class BundleError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'BundleError';
  }
}

export function toBundle(files: RuleFiles, signature?: PackSignature): PackBundle {
  const pack = (files['rules/pack.json'] ?? {}) as { version?: string; published?: string };
  const paths = sortedPaths(files).filter(isPackFile);
  return {
    format: BUNDLE_FORMAT,
    version: pack.version ?? '',
    published: pack.published ?? '',
    files: Object.fromEntries(paths.map((p) => [p, files[p]])),
    ...(signature ? { signature } : {}),
  };
}

/**
 * Reads a bundle (text or parsed JSON). Only the layout is checked here; the files are
 * validated by the loader like `npm run rules:check` before anything uses them.
 */
export function parseBundle(input: unknown): RuleFiles {
  return parseSignedBundle(input).files;
}

/** The files and, when present, the signature block (checked by verifyPack, not here). */
export function parseSignedBundle(input: unknown): { files: RuleFiles; signature?: unknown } {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      throw new BundleError({ ja: 'JSONとして読めません。', en: 'This is not valid JSON.' });
    }
  }
  const files = (json as { files?: unknown } | null)?.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new BundleError({
      ja: 'ルールパックではありません（"files" がありません）。',
      en: 'Not a rule pack bundle: "files" is missing.',
    });
  }
  const bad = Object.keys(files).filter(
    (p) => !/^rules\/[\w./-]+\.json$/.test(p) || p.includes('..'),
  );
  if (bad.length > 0) {
    throw new BundleError({
      ja: `rules/ 以下のJSONファイルではありません: ${bad.join(', ')}`,
      en: `Not JSON files under rules/: ${bad.join(', ')}`,
    });
  }
  const signature = (json as { signature?: unknown }).signature;
  return { files: files as RuleFiles, ...(signature !== undefined ? { signature } : {}) };
}

/** A file's text as it is committed: two-space JSON and a final newline. */
export function fileText(json: unknown): string {
  return JSON.stringify(json, null, 2) + '\n';
}

export function bundleText(files: RuleFiles): string {
  return fileText(toBundle(files));
}
