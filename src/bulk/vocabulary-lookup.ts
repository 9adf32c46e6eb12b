import type { Localized } from '../domain/model/localized';
import type { Vocabulary, VocabularyTerm } from '../domain/model/vocabulary';
import { fail, normalizeText, ok, type CellResult } from './bulk-issue';

// Short names used in offices next to the official ones (the vocabulary carries those).
const ALIASES: Partial<Record<keyof Vocabulary, Record<string, string[]>>> = {
  procedures: {
    coe: ['認定', '在留資格認定', '在留資格認定証明書'],
    change_of_status: ['変更', '在留資格変更'],
    extension: ['更新', '期間更新', '在留期間更新'],
    acquisition: ['取得', '在留資格取得'],
    permanent_residence: ['永住', '永住許可'],
    extra_activity: ['資格外活動', '資格外活動許可'],
    employment_certificate: ['就労資格証明書'],
    reentry: ['再入国', '再入国許可'],
  },
  statuses: { engineer_humanities_international: ['技人国'] },
  filers: { applicant: ['本人', '申請人本人'], relative: ['親族'] },
  bureaus: { tokyo: ['東京', '東京局', 'tokyo'], osaka: ['大阪', '大阪局', 'osaka'] },
  receiptMethods: { mail: ['郵送'], counter: ['窓口'], email: ['電子メール', 'メール', 'e mail'] },
};

/** Choices that are not vocabulary lists but fixed values of the draft schema. */
export const CHOICES: Record<'channel' | 'reentryKind', VocabularyTerm[]> = {
  channel: [
    { id: 'online', ja: 'オンライン', en: 'Online' },
    { id: 'counter', ja: '窓口', en: 'At the counter' },
  ],
  reentryKind: [
    { id: 'single', ja: '1回限り', en: 'Single' },
    { id: 'multiple', ja: '数次', en: 'Multiple' },
  ],
};
const CHOICE_ALIASES: Record<string, string[]> = {
  online: ['電子', 'オンライン申請'],
  counter: ['窓口申請', '持参'],
  single: ['一回限り', '1回', 'シングル'],
  multiple: ['数次有効', 'マルチ', 'マルチプル'],
};

/** Resolves ids, Japanese and English names and common short names to one list's ids. */
export class TermLookup {
  private readonly index = new Map<string, string>();

  constructor(
    readonly terms: VocabularyTerm[],
    readonly label: Localized,
    aliases: Record<string, string[]> = {},
  ) {
    for (const t of terms) {
      for (const name of [t.id, t.ja, t.en, ...(aliases[t.id] ?? [])]) {
        this.index.set(normalizeText(name), t.id);
      }
    }
  }

  static forVocabulary(vocabulary: Vocabulary, list: keyof Vocabulary, label: Localized) {
    return new TermLookup(vocabulary[list] ?? [], label, ALIASES[list]);
  }

  static forChoice(choice: 'channel' | 'reentryKind', label: Localized) {
    return new TermLookup(CHOICES[choice], label, CHOICE_ALIASES);
  }

  resolve(raw: string): CellResult<string> {
    const id = this.index.get(normalizeText(raw));
    if (id) return ok(id);
    const shown = this.terms.slice(0, 8);
    const more = this.terms.length > shown.length;
    const list = (lang: 'ja' | 'en') =>
      shown
        .map((t) => (lang === 'ja' ? `${t.id}（${t.ja}）` : `${t.id} (${t.en})`))
        .join(lang === 'ja' ? '、' : ', ') +
      (more
        ? lang === 'ja'
          ? ' など（一覧は画面の「列と入力できる値」）'
          : ', … (full list under "Columns and accepted values")'
        : '');
    return fail(
      {
        ja: `「${raw}」は${this.label.ja}として登録されていません`,
        en: `"${raw}" is not a known ${this.label.en}`,
      },
      {
        ja: `次のID・名称のいずれかを入力してください: ${list('ja')}`,
        en: `Write one of these ids or names: ${list('en')}`,
      },
    );
  }
}
