import type { ParameterDef } from '../model/parameter';
import { isValidIsoDate } from '../time/tokyo-time';
import { leavesOfValue, PATTERN_UNIT, unitRange } from './parameter-units';
import { patternSyntaxError } from './pattern-syntax';
import { pointerJoin, type RuleFileError } from './rule-file-error';

/**
 * What the schema cannot say about dated values: keys that are real days in ascending order
 * (a value is in force until the next key, so order is how people read the history), and
 * values inside the range the parameter's unit declares.
 */
export function checkParameter(def: ParameterDef): RuleFileError[] {
  const errors: RuleFileError[] = [];
  const at = (...segments: string[]) => pointerJoin('/parameters', def.name, 'values', ...segments);
  const keys = Object.keys(def.values);
  keys.forEach((key, i) => {
    if (!isValidIsoDate(key)) {
      errors.push({
        file: def.file,
        pointer: at(key),
        message: `"${key}" is not a calendar date: key each value by the real first day it applies (YYYY-MM-DD)`,
        ja: `「${key}」は実在する日付ではありません。値が適用される最初の日（YYYY-MM-DD）をキーにしてください`,
      });
    } else if (i > 0 && keys[i - 1]! >= key) {
      errors.push({
        file: def.file,
        pointer: at(key),
        message: `dated values out of order: ${key} comes after ${keys[i - 1]}; list them from the oldest to the newest`,
        ja: `日付の順序が正しくありません（${keys[i - 1]} の後に ${key}）。古い順に並べてください`,
      });
    }
  });
  const range = unitRange(def.unit);
  for (const [key, dated] of Object.entries(def.values)) {
    if (def.unit === PATTERN_UNIT) {
      const problem = patternSyntaxError(dated.value);
      if (problem) errors.push({ file: def.file, pointer: at(key, 'value'), ...problem });
      continue;
    }
    if (!range) continue;
    for (const [leaf, below] of leavesOfValue(dated.value)) {
      if (typeof leaf !== range.leaf || range.accepts(leaf)) continue;
      errors.push({
        file: def.file,
        pointer: at(key, 'value') + below,
        message: `${JSON.stringify(leaf)} is outside what the unit "${def.unit}" allows: use ${range.en}`,
        ja: `${JSON.stringify(leaf)} は単位「${def.unit}」の範囲外です。${range.ja}にしてください`,
      });
    }
  }
  return errors;
}
