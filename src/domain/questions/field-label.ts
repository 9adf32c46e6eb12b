import { FIELD_BY_POINTER } from '../fields/draft-fields';
import type { Localized } from '../model/localized';

/** A draft field's label, from its declaration (src/domain/fields). */
export function fieldLabel(pointer: string): Localized {
  return FIELD_BY_POINTER.get(pointer)?.label ?? { ja: pointer, en: pointer };
}
