import type { IncomingMessage } from 'node:http';
import type { Temporal } from '@js-temporal/polyfill';
import type { Lang } from '../../domain/model/localized';
import { invalid } from '../problem';
import type { Account, AccountStore } from '../store/account-port';
import { authMessage } from './auth-messages';
import { refuse, type GateReply } from './gate-reply';
import {
  clearedCookie,
  identify,
  originAllowed,
  sessionCookie,
  startSession,
  type Identity,
} from './identity';
import { hashPassword, verifyPassword } from './password';
import { IDLE_TIMEOUT, sessionState } from './session-policy';
import { SignUps } from './sign-up';
import { SIGN_IN_RULES, Slowdown, WindowLimit } from './slowdown';

export interface AuthSettings {
  /**
   * A sign-up sent from this machine by the app on this endpoint's origin is active at once
   * (the embedded endpoint of `npm start`); every other sign-up waits for `account approve`.
   */
  approveLocalSignUps: boolean;
  /** Writes per account per minute. */
  writesPerMinute: number;
  /** Mark the cookie Secure (the endpoint is reached over HTTPS). */
  secureCookie: boolean;
}

export const DEFAULT_WRITES_PER_MINUTE = 60;

/** A hash to verify against when the login does not exist: the same time either way. */
let dummyHash: Promise<string> | undefined;

/** Sign-in, sign-out, sign-up and the per-request checks of an account's session. */
export class AuthGate {
  private readonly slow = new Slowdown();
  private readonly writes: WindowLimit;
  private readonly signUps: SignUps;

  constructor(
    private readonly store: AccountStore,
    private readonly now: () => Temporal.Instant,
    readonly settings: AuthSettings,
    private readonly trustedOrigins: readonly string[],
  ) {
    this.writes = new WindowLimit(settings.writesPerMinute, 60_000);
    this.signUps = new SignUps(store, now, settings.approveLocalSignUps);
  }

  /** Deletes sessions that ended (lifetime or idle) but were never presented again. */
  sweepSessions(): Promise<number> {
    const now = this.now();
    return this.store.sweepSessions((s) => sessionState(s, now) === 'ended');
  }

  identify(req: IncomingMessage): Promise<Identity | null> {
    return identify(req, this.store, this.now());
  }

  unauthenticated(lang: Lang): GateReply {
    return refuse(401, 'unauthorized', authMessage('signInNeeded', lang), {
      'WWW-Authenticate': 'Bearer realm="zairyu-precheck"',
    });
  }

  /** Origin (for cookies) and the write rate; null when the write may go ahead. */
  checkWrite(req: IncomingMessage, who: Identity, lang: Lang): GateReply | null {
    if (who.via === 'cookie' && !originAllowed(req, this.trustedOrigins)) {
      return refuse(403, 'forbidden', authMessage('originRefused', lang));
    }
    const wait = this.writes.take(who.account.id, this.now().epochMilliseconds);
    if (wait === 0) return null;
    const seconds = Math.ceil(wait / 1000);
    const limit = this.settings.writesPerMinute;
    return refuse(429, 'rate_limited', authMessage('tooManyWrites', lang, { limit, seconds }), {
      'Retry-After': String(seconds),
    });
  }

  async signIn(req: IncomingMessage, input: unknown, lang: Lang): Promise<GateReply> {
    const { login, password, mode = 'cookie' } = (input ?? {}) as Record<string, unknown>;
    if (
      typeof login !== 'string' ||
      typeof password !== 'string' ||
      (mode !== 'cookie' && mode !== 'bearer')
    ) {
      return {
        status: 400,
        body: invalid(
          [{ pointer: '', message: 'give {"login", "password", "mode": "cookie" | "bearer"}' }],
          400,
        ),
      };
    }
    if (mode === 'cookie' && !originAllowed(req, this.trustedOrigins)) {
      return refuse(403, 'forbidden', authMessage('originRefused', lang));
    }
    const address = req.socket.remoteAddress ?? '?';
    const keys = [`la ${login} ${address}`, `a ${address}`, `l ${login}`];
    const rules = [SIGN_IN_RULES.loginAndAddress, SIGN_IN_RULES.address, SIGN_IN_RULES.login];
    const nowMs = this.now().epochMilliseconds;
    const wait = Math.max(...keys.map((k, i) => this.slow.waitMs(k, rules[i]!, nowMs)));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      return refuse(429, 'rate_limited', authMessage('slowDown', lang, { seconds }), {
        'Retry-After': String(seconds),
      });
    }
    const account = await this.store.account({ login });
    const ok = account
      ? await verifyPassword(password, account.passwordHash)
      : await verifyPassword(
          password,
          await (dummyHash ??= hashPassword('not a password of anyone')),
        );
    if (!account || !ok || account.state !== 'active') {
      for (const k of keys) this.slow.fail(k, nowMs);
      return refuse(401, 'unauthorized', authMessage('wrongLogin', lang));
    }
    this.slow.clear(keys[0]!);
    this.slow.clear(keys[2]!);
    const { token, expiresAt } = await startSession(this.store, account, mode, this.now());
    const body = {
      ...publicAccount(account),
      expiresAt,
      idleTimeoutMinutes: IDLE_TIMEOUT.total('minutes'),
      ...(mode === 'bearer' ? { token } : {}),
    };
    const headers: Record<string, string> =
      mode === 'cookie' ? { 'Set-Cookie': sessionCookie(token, this.settings.secureCookie) } : {};
    return { status: 200, body, headers };
  }

  async signOut(who: Identity | null): Promise<GateReply> {
    if (who) await this.store.deleteSession(who.tokenHash);
    return {
      status: 200,
      body: { signedOut: true },
      headers: { 'Set-Cookie': clearedCookie(this.settings.secureCookie) },
    };
  }

  me(who: Identity | null, lang: Lang): GateReply {
    return who ? { status: 200, body: publicAccount(who.account) } : this.unauthenticated(lang);
  }

  /** A sign-up: an account the operator approves, or active at once (the local rule). */
  signUp(req: IncomingMessage, input: unknown, lang: Lang): Promise<GateReply> {
    return this.signUps.handle(req, input, lang);
  }
}

/** What a client may see of an account. */
export const publicAccount = (a: Account) => ({
  login: a.login,
  filer: a.filer,
  filerKey: a.filerKey,
  state: a.state,
});
