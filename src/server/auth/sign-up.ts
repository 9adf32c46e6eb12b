import type { IncomingMessage } from 'node:http';
import type { Temporal } from '@js-temporal/polyfill';
import type { Lang } from '../../domain/model/localized';
import { invalid, problem } from '../problem';
import { AccountExistsError, type Account, type AccountStore } from '../store/account-port';
import { authMessage } from './auth-messages';
import { refuse, type GateReply } from './gate-reply';
import { LOGIN_PATTERN, newAccount } from './identity';
import { isLocalRequest } from './local-request';
import { hashPassword, passwordProblem } from './password';
import { SIGN_UPS_PER_ADDRESS, WindowLimit } from './slowdown';

/**
 * Sign-ups (POST /api/accounts): an account that waits for `account approve <login>`, or,
 * with `approveLocal` (the embedded endpoint of `npm start`), one active at once when the app
 * on this machine sends it (ADR 12). Limited per address.
 */
export class SignUps {
  private readonly perAddress = new WindowLimit(
    SIGN_UPS_PER_ADDRESS.limit,
    SIGN_UPS_PER_ADDRESS.windowMs,
  );

  constructor(
    private readonly store: AccountStore,
    private readonly now: () => Temporal.Instant,
    private readonly approveLocal: boolean,
  ) {}

  async handle(req: IncomingMessage, input: unknown, lang: Lang): Promise<GateReply> {
    const { login, password, filer } = (input ?? {}) as Record<string, unknown>;
    const errors: { pointer: string; message: string }[] = [];
    if (typeof login !== 'string' || !LOGIN_PATTERN.test(login)) {
      errors.push({ pointer: '/login', message: '3–64 letters, digits, ".", "_", "@" or "-"' });
    }
    const weak = passwordProblem(password);
    if (weak) errors.push({ pointer: '/password', message: weak });
    const f = filer as { category?: unknown } | undefined;
    if (!f || typeof f !== 'object' || typeof f.category !== 'string' || f.category === '') {
      errors.push({ pointer: '/filer/category', message: 'required: the filer category' });
    }
    if (errors.length > 0) return { status: 422, body: invalid(errors) };
    // Counted once the request is well-formed: what costs is the hash and the stored row.
    const address = req.socket.remoteAddress ?? '?';
    const wait = this.perAddress.take(address, this.now().epochMilliseconds);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const { limit } = SIGN_UPS_PER_ADDRESS;
      return refuse(429, 'rate_limited', authMessage('tooManySignUps', lang, { limit, seconds }), {
        'Retry-After': String(seconds),
      });
    }
    const local = this.approveLocal && isLocalRequest(req);
    const account = newAccount(
      login as string,
      filer as Account['filer'],
      await hashPassword(password as string),
      local ? 'active' : 'pending',
      this.now(),
    );
    try {
      await this.store.createAccount(account);
    } catch (e) {
      if (!(e instanceof AccountExistsError)) throw e;
      return { status: 409, body: problem('conflict', authMessage('signUpTaken', lang)) };
    }
    const detail = authMessage(local ? 'signUpActive' : 'signUpPending', lang);
    return {
      status: local ? 201 : 202,
      body: { login: account.login, state: account.state, detail },
    };
  }
}
