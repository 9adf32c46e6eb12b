import { Temporal } from '@js-temporal/polyfill';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { DatedValue } from '../domain/model/parameter';
import type { RuleDef } from '../domain/model/rule';
import { getAt, setAt, toPointer } from './json-pointer';
import { locateParameter, locateRule } from './pack-locate';

/** Every edit is a pure function from files to files; the UI keeps the history. */
export function setInFile(
  files: RuleFiles,
  file: string,
  pointer: string,
  value: unknown,
): RuleFiles {
  return { ...files, [file]: setAt(files[file], pointer, value) };
}

/** Sets a field of a rule found by id, e.g. ("online.x", "/message/en", "..."). */
export function setRuleField(
  files: RuleFiles,
  id: string,
  pointer: string,
  value: unknown,
): RuleFiles {
  const at = locateRule(files, id);
  if (!at) throw new Error(`no rule with id ${id}`);
  return setInFile(files, at.file, at.pointer + pointer, value);
}

export class HistoryEditError extends Error {
  constructor(
    readonly parameter: string,
    readonly date: string,
  ) {
    super(`${parameter} already has a value from ${date}; add a later dated value instead`);
    this.name = 'HistoryEditError';
  }
}

/**
 * Adds a dated value to a parameter. Values are never edited backwards (ADR 0001): a date
 * that the base pack already holds is refused; a date added in this session may be replaced.
 */
export function addDatedValue(
  files: RuleFiles,
  base: RuleFiles,
  parameter: string,
  date: string,
  value: DatedValue,
): RuleFiles {
  const at = locateParameter(files, parameter);
  if (!at) throw new Error(`no parameter named ${parameter}`);
  const shipped = locateParameter(base, parameter);
  if (shipped && date in shipped.values) throw new HistoryEditError(parameter, date);
  const values = { ...at.values, [date]: value };
  const ordered = Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  return setInFile(files, at.file, `${at.pointer}/values`, ordered);
}

/** Removes a dated value added in this session (one the base pack does not hold). */
export function removeAddedValue(
  files: RuleFiles,
  base: RuleFiles,
  parameter: string,
  date: string,
): RuleFiles {
  const shipped = locateParameter(base, parameter);
  if (shipped && date in shipped.values) throw new HistoryEditError(parameter, date);
  const at = locateParameter(files, parameter);
  if (!at) return files;
  return setInFile(files, at.file, `${at.pointer}/values${toPointer([date])}`, undefined);
}

/** Sets pack.json's version and publication day, as a publish step does. */
export function stampVersion(files: RuleFiles, version: string, published: string): RuleFiles {
  const pack = { ...(getAt(files, toPointer(['rules/pack.json'])) as object), version, published };
  return { ...files, 'rules/pack.json': pack };
}

/**
 * Starts a new version of a rule on `from`: the rule in force ends the day before and a copy
 * with a dated id takes over, so checks as of earlier days keep the old conditions (ADR 1).
 * Returns the new files and the new rule's id.
 */
export function newRuleVersion(
  files: RuleFiles,
  id: string,
  from: string,
): { files: RuleFiles; id: string } {
  const at = locateRule(files, id);
  if (!at) throw new Error(`no rule with id ${id}`);
  const { from: start, until } = at.rule.effective;
  if ((start !== null && from <= start) || (until !== null && from > until)) {
    throw new Error(`${from} is not inside the period of ${id}`);
  }
  const newId = `${id.replace(/_\d{8}$/, '')}_${from.replace(/-/g, '')}`;
  if (locateRule(files, newId)) throw new Error(`${newId} already exists`);
  const dayBefore = Temporal.PlainDate.from(from).subtract({ days: 1 }).toString();
  const rules = (files[at.file] as { rules: RuleDef[] }).rules;
  const index = Number(at.pointer.split('/')[2]);
  const next: RuleDef = { ...at.rule, id: newId, effective: { from, until } };
  const ended: RuleDef = { ...at.rule, effective: { from: start, until: dayBefore } };
  const updated = [...rules.slice(0, index), ended, next, ...rules.slice(index + 1)];
  return { files: setInFile(files, at.file, '/rules', updated), id: newId };
}
