import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { BundleError, parseSignedBundle } from '../workbench/pack-bundle';

/** A bundle as read: its files and, when signed, the signature block (verified on admission). */
export interface ReadBundle {
  files: RuleFiles;
  signature?: unknown;
}

/** Reads a bundle chosen with a file input. */
export async function readBundleFile(file: Blob): Promise<ReadBundle> {
  return parseSignedBundle(await file.text());
}

/**
 * Rules may only come over https or from the app's own origin: plain http lets anyone on the
 * way change a pack (and an unsigned pack has nothing else to protect it).
 */
export function checkPackUrl(url: string, appOrigin = globalThis.location?.origin): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, appOrigin);
  } catch {
    throw new BundleError({ ja: `URL として読めません: ${url}`, en: `Not a URL: ${url}` });
  }
  if (parsed.protocol === 'https:' || parsed.origin === appOrigin) return parsed;
  throw new BundleError({
    ja: `${parsed.origin} からは読み込めません。https またはこのアプリと同じサイトの URL にしてください。`,
    en: `Rules cannot be loaded from ${parsed.origin}: use an https URL or one of this app’s own site.`,
  });
}

/** Fetches a bundle from a URL at run time (the server must allow the app's origin). */
export async function fetchSignedBundle(
  url: string,
  fetchFn: typeof fetch = globalThis.fetch,
): Promise<ReadBundle> {
  const target = checkPackUrl(url);
  let response: Response;
  try {
    response = await fetchFn(target.href, { cache: 'no-store', credentials: 'omit' });
  } catch (e) {
    throw new BundleError({
      ja: `取得できませんでした（${String(e)}）。URLとネットワークを確認してください。`,
      en: `Could not fetch it (${String(e)}). Check the URL and the network.`,
    });
  }
  if (!response.ok) {
    throw new BundleError({
      ja: `取得できませんでした（HTTP ${response.status}）。`,
      en: `Could not fetch it (HTTP ${response.status}).`,
    });
  }
  return parseSignedBundle(await response.text());
}

export async function fetchBundle(url: string, fetchFn?: typeof fetch): Promise<RuleFiles> {
  return (await fetchSignedBundle(url, fetchFn)).files;
}

/** Offers a text as a file download (the browser's save dialog or downloads folder). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
