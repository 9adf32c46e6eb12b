import { INPUT_BY_POINTER } from '../facts/input-facts';
import type { Localized } from '../model/localized';

/** Fields the rules read carry the fact catalogue's label; the rest (identity) bring their own. */
const OWN_LABELS: Readonly<Record<string, Localized>> = {
  '/applicant/name': { ja: '申請人の氏名', en: "Applicant's name" },
  '/applicant/nationality': { ja: '国籍・地域（3文字コード）', en: 'Nationality (3-letter code)' },
};

export function fieldLabel(pointer: string): Localized {
  return (
    INPUT_BY_POINTER.get(pointer)?.label ?? OWN_LABELS[pointer] ?? { ja: pointer, en: pointer }
  );
}
