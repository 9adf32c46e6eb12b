import { columnLetter, type BulkIssue } from './bulk-issue';

// Problems with the file's shape rather than with one value.

export function noHeader(row: number | null): BulkIssue {
  return {
    row,
    column: null,
    header: null,
    key: null,
    value: null,
    problem:
      row === null
        ? { ja: 'ファイルが空です', en: 'The file is empty' }
        : {
            ja: `${row}行目に様式の見出しが一つもありません`,
            en: `Row ${row} has none of the layout's headers`,
          },
    fix: {
      ja: '1行目に見出し（例: 氏名、申請の種類）を置いてください。テンプレートをご利用ください',
      en: 'Put the headers (e.g. applicant_name, procedure) in the first row; start from the template',
    },
  };
}

export function unclosedQuote(row: number): BulkIssue {
  return {
    row,
    column: null,
    header: null,
    key: null,
    value: null,
    problem: { ja: '引用符（"）が閉じられていません', en: 'A quotation mark (") is not closed' },
    fix: {
      ja: 'セル内の " を "" に直すか、閉じる " を追加してください',
      en: 'Double the " inside the cell ("") or add the closing "',
    },
  };
}

export function excessCells(row: number, index: number, value: string): BulkIssue {
  return {
    row,
    column: columnLetter(index),
    header: null,
    key: null,
    value,
    problem: {
      ja: `見出しのない列${columnLetter(index)}に値があります。値がずれている可能性があります`,
      en: `Column ${columnLetter(index)} has a value but no header; the cells may have shifted`,
    },
    fix: {
      ja: 'コンマを含む値は "" で囲むか、見出しのない列の値を削除してください',
      en: 'Quote values that contain a comma, or delete the values outside the headed columns',
    },
  };
}

export function tooManyRows(rows: number, max: number): BulkIssue {
  return {
    row: null,
    column: null,
    header: null,
    key: null,
    value: null,
    problem: {
      ja: `行が多すぎます（${rows}行、上限は${max}行）`,
      en: `Too many rows (${rows}; at most ${max})`,
    },
    fix: {
      ja: `${max}行以下のファイルに分けて読み込んでください`,
      en: `Split the file into files of at most ${max} rows`,
    },
  };
}
