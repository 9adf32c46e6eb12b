import type { Vocabulary } from '../domain/model/vocabulary';
import { fail, ok, type CellResult } from './bulk-issue';
import { parseCsvDate } from './csv-date';
import type { CsvColumn } from './csv-columns';
import { parseCredentialNumber, parseCsvBoolean, parseCsvDuration } from './csv-values';
import { parseNationality } from './nationality';
import { TermLookup } from './vocabulary-lookup';

/** undefined: the cell says there is no value (e.g. an unlimited period of stay). */
export type CellValue = string | boolean | string[] | undefined;
export type CellConverter = (raw: string) => CellResult<CellValue>;

// A separator that never occurs inside a procedure's name in either language.
const LIST_SEPARATOR = /[|;、,／/\n]+/;

/** Builds, once per file, the function that turns a column's cell text into a draft value. */
export function cellConverter(column: CsvColumn, vocabulary: Vocabulary): CellConverter {
  const label = { ja: column.ja, en: column.key.replace(/_/g, ' ') };
  const kind = column.kind;
  if (typeof kind === 'object') {
    const lookup =
      'vocabulary' in kind
        ? TermLookup.forVocabulary(vocabulary, kind.vocabulary, label)
        : TermLookup.forChoice(kind.choice, label);
    // Bureaus the vocabulary does not list yet are kept as ids; no rule is specific to them.
    const passThrough = 'vocabulary' in kind && kind.vocabulary === 'bureaus';
    return (raw) => {
      const result = lookup.resolve(raw);
      return !result.ok && passThrough && /^[a-z_]+$/.test(raw.trim()) ? ok(raw.trim()) : result;
    };
  }
  switch (kind) {
    case 'text':
      return (raw) => ok(raw.trim());
    case 'date':
      return parseCsvDate;
    case 'boolean':
      return parseCsvBoolean;
    case 'duration':
      return parseCsvDuration;
    case 'nationality':
      return parseNationality;
    case 'credentialNumber':
      return parseCredentialNumber;
    case 'procedureList':
      return procedureList(TermLookup.forVocabulary(vocabulary, 'procedures', label));
  }
}

function procedureList(lookup: TermLookup): CellConverter {
  return (raw) => {
    const ids: string[] = [];
    for (const part of raw.normalize('NFKC').split(LIST_SEPARATOR)) {
      if (part.trim() === '') continue;
      const result = lookup.resolve(part);
      if (!result.ok) return result;
      if (!ids.includes(result.value)) ids.push(result.value);
    }
    if (ids.length === 0)
      return fail(
        { ja: `「${raw}」に手続が書かれていません`, en: `"${raw}" names no procedure` },
        {
          ja: 'extra_activity|reentry のように「|」で区切って入力してください',
          en: 'Separate procedures with "|", e.g. extra_activity|reentry',
        },
      );
    return ok(ids);
  };
}
