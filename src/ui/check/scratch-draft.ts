import { appVault } from '../../storage/crypto/vault';

const STORAGE_KEY = 'zairyu-precheck.scratch-draft';

/** A filled-in example: an extension filed online by an organisation's staff member. */
export const SAMPLE_DRAFT = {
  filer: {
    category: 'org_staff',
    credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
  },
  applicant: {
    name: 'NGUYEN VAN A',
    birthDate: '1995-04-02',
    nationality: 'VNM',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
};

type TextStore = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

/** The text in the editor survives reloads, even when it is not valid JSON yet. */
export function loadScratch(store: TextStore | undefined = globalThis.localStorage): string {
  return store?.getItem(STORAGE_KEY) ?? JSON.stringify(SAMPLE_DRAFT, null, 2);
}

export function saveScratch(
  text: string,
  store: TextStore | undefined = globalThis.localStorage,
  locked = appVault.active,
): void {
  // Under the passphrase lock (ADR 0018) nothing personal stays in clear: the text lives
  // only as long as the page.
  if (locked) return forgetScratch(store);
  store?.setItem(STORAGE_KEY, text);
}

/** Removes the kept text (when the lock is set up). */
export function forgetScratch(store: TextStore | undefined = globalThis.localStorage): void {
  store?.removeItem?.(STORAGE_KEY);
}
