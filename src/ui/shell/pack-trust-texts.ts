import type { Localized } from '../../domain/model/localized';

/** Texts about which rules are in use and whether they can be trusted (both languages). */
export const TRUST_TEXT = {
  unofficialRules: { ja: '非公式ルール', en: 'unofficial rules' },
  unofficialHelp: {
    ja: '署名された公式のルールではありません。判定は参考にとどめ、公式のルールに戻してから申請の可否を判断してください。',
    en: 'These are not signed official rules. Treat verdicts as a trial only, and go back to official rules before deciding on a filing.',
  },
  backToOfficial: { ja: '公式のルールに戻す', en: 'Go back to official rules' },
  dismiss: { ja: '閉じる', en: 'Dismiss' },
  keptPackNotUsed: {
    ja: '保存されたルールパックは使われず、アプリに組み込まれたルールで確認しています:',
    en: 'The kept rule pack is not used; drafts are checked with the rules built into the app:',
  },
  signedBy: { ja: '署名', en: 'signed by' },
  checking: { ja: 'パックを確認しています…', en: 'Checking the pack…' },
  refused: { ja: 'このパックは使えません', en: 'This pack cannot be used' },
  weakeningsTitle: {
    ja: '使用中のルールより確認が弱くなる点',
    en: 'Where this pack checks less than the rules in use',
  },
  noWeakenings: {
    ja: '使用中のルールより弱くなる点はありません。',
    en: 'Nothing checks less than with the rules in use.',
  },
  acknowledgeUnofficial: {
    ja: '非公式のルールであることを理解したうえで試します',
    en: 'I understand these are unofficial rules and want to try them',
  },
  acknowledgeWeakenings: {
    ja: '上の弱くなる点を確認しました',
    en: 'I have reviewed where this pack checks less',
  },
  confirmRollback: {
    ja: '古い版に戻すことを確認しました',
    en: 'I confirm going back to an older version',
  },
  usePack: { ja: 'このパックを使う', en: 'Use this pack' },
  cancel: { ja: 'やめる', en: 'Cancel' },
  onlyHttps: {
    ja: 'URL は https またはこのアプリと同じサイトのものだけ読み込めます。',
    en: 'Only https URLs or URLs of this app’s own site can be loaded.',
  },
  sameVersion: {
    ja: '変更したパックは元の版番号のままでは書き出せません。新しい版番号を付けてください。',
    en: 'A changed pack cannot be exported with the version it came from: give it a new version.',
  },
} satisfies Record<string, Localized>;
