import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { BundleError, parseBundle } from '../workbench/pack-bundle';

/** Reads a bundle chosen with a file input. */
export async function readBundleFile(file: Blob): Promise<RuleFiles> {
  return parseBundle(await file.text());
}

/** Fetches a bundle from a URL at run time (the server must allow the app's origin). */
export async function fetchBundle(
  url: string,
  fetchFn: typeof fetch = globalThis.fetch,
): Promise<RuleFiles> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store' });
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
  return parseBundle(await response.text());
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
