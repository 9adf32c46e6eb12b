import { INPUT_BY_POINTER } from '../facts/input-facts';
import type { Lang } from '../model/localized';
import { RESERVATION_FACTS } from './reservation-fact-catalogue';

const CASE_FIELD = /^\/booking\/cases\/(\d+)\/(\w+)$/;

/**
 * A missing answer of a reservation request as people read it: "Case 2: Channel", never its
 * JSON pointer (the reply's `needs` keeps the pointers for programs).
 */
export function reservationFieldLabel(pointer: string, lang: Lang): string {
  const inCase = CASE_FIELD.exec(pointer);
  if (inCase) {
    const field = RESERVATION_FACTS.find((f) => f.field === inCase[2]);
    const name = field?.label[lang] ?? inCase[2]!;
    const n = Number(inCase[1]) + 1;
    return lang === 'ja' ? `${n}件目の${name}` : `case ${n}: ${name}`;
  }
  const input = INPUT_BY_POINTER.get(pointer);
  if (input) return input.label[lang];
  const fact = RESERVATION_FACTS.find((f) => pointer.endsWith(`/${f.name}`));
  return fact ? fact.label[lang] : lang === 'ja' ? '未入力の項目' : 'a missing answer';
}
