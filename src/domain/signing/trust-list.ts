/**
 * The publisher keys an app build trusts and the keys it no longer trusts. A deployment
 * sets them in trust/publishers.json before it builds (public keys only).
 */
export interface TrustList {
  publishers: { keyId: string; publisher: string; publicKey: string; since?: string }[];
  revoked: { keyId: string; revokedOn: string; reason: string }[];
}

export const EMPTY_TRUST: TrustList = { publishers: [], revoked: [] };

/** Reads a trust list, refusing anything malformed rather than trusting part of it. */
export function parseTrustList(json: unknown, where = 'trust/publishers.json'): TrustList {
  const t = json as Partial<TrustList> | null;
  const fail = (what: string): never => {
    throw new Error(
      `${where}: ${what}; expected {"publishers": [{"keyId", "publisher", "publicKey"}], "revoked": [{"keyId", "revokedOn", "reason"}]}`,
    );
  };
  if (!Array.isArray(t?.publishers) || !Array.isArray(t?.revoked))
    fail('"publishers" and "revoked" must be arrays');
  t!.publishers!.forEach((p, i) => {
    if (![p?.keyId, p?.publisher, p?.publicKey].every((s) => typeof s === 'string' && s !== '')) {
      fail(`publishers/${i} needs keyId, publisher and publicKey`);
    }
  });
  t!.revoked!.forEach((r, i) => {
    if (typeof r?.keyId !== 'string' || typeof r?.revokedOn !== 'string') {
      fail(`revoked/${i} needs keyId and revokedOn`);
    }
  });
  return t as TrustList;
}
