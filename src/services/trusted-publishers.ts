import { parseTrustList, type TrustList } from '../domain/signing/trust-list';
import trust from '../../trust/publishers.json';

/**
 * The publisher keys and revocations built into this app (trust/publishers.json). A malformed
 * file fails the build's first use loudly instead of trusting nothing or everything.
 */
export const TRUSTED_PUBLISHERS: TrustList = parseTrustList(trust);
