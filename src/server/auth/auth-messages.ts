import type { Lang } from '../../domain/model/localized';

/** What the endpoint tells a person about signing in, in both languages. */
export const AUTH_MESSAGES = {
  signInNeeded: {
    ja: 'サインインが必要です。予約の表示と変更はサインインした申請取次者等のアカウントで行います。',
    en: 'Sign in first: reservations are read and changed through a signed-in filer account.',
  },
  wrongLogin: {
    ja: 'ログイン名またはパスワードが違うか、アカウントが有効ではありません。',
    en: 'The login or the password is wrong, or the account is not active.',
  },
  slowDown: {
    ja: 'サインインの失敗が続いたため、{seconds}秒後にもう一度お試しください。',
    en: 'Too many failed sign-ins: try again in {seconds} s.',
  },
  tooManyWrites: {
    ja: '1分間の書き込み回数の上限（{limit}回）に達しました。{seconds}秒後にもう一度送信されます。',
    en: 'The limit of {limit} writes a minute is reached: try again in {seconds} s.',
  },
  originRefused: {
    ja: 'このページからの書き込みは受け付けません（Origin が一致しません）。',
    en: 'Writes from this page are refused: its Origin is not this endpoint or an allowed app.',
  },
  signUpPending: {
    ja: 'アカウントの申請を受け付けました。運用担当者の承認後にサインインできます。',
    en: 'Account requested: you can sign in once the operator has approved it.',
  },
  signUpActive: {
    ja: 'アカウントを作成しました。この端末のエンドポイントなので、すぐにサインインできます。',
    en: 'Account created: this endpoint runs on this machine, so you can sign in at once.',
  },
  tooManySignUps: {
    ja: 'このアドレスからのアカウント申請が多すぎます（1時間に{limit}件まで）。{seconds}秒後にもう一度お試しください。',
    en: 'Too many sign-ups from this address (at most {limit} an hour): try again in {seconds} s.',
  },
  signUpTaken: {
    ja: 'このログイン名または証明書等の番号には既にアカウントがあります。',
    en: 'This login or credential number already has an account.',
  },
} satisfies Record<string, Record<Lang, string>>;

export function authMessage(
  key: keyof typeof AUTH_MESSAGES,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  return AUTH_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
