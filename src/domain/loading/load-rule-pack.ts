import type { CalendarData } from '../calendar/calendar-data';
import { parseCalendarData } from '../calendar/parse-calendar-data';
import type { SourceDocument } from '../model/citation';
import type { ParameterDef } from '../model/parameter';
import type { RuleDef, RuleSet } from '../model/rule';
import type { RuleCaseFile, RulePack } from '../model/rule-pack';
import type { Vocabulary } from '../model/vocabulary';
import type { ReservationCase } from '../reservation/reservation-case';
import { validateDraft } from './draft-validation';
import { classifyRuleFile } from './rule-file-layout';
import { RulePackError, type RuleFileError } from './rule-file-error';
import { SchemaValidator, type SchemaId } from './schema-validator';
import { checkSemantics } from './semantic-checks';

/** Parsed JSON of every file under rules/, keyed by its path from the project root. */
export type RuleFiles = Record<string, unknown>;

type Json = Record<string, unknown>;

/**
 * Validates every file against its schema and the pack as a whole (unknown facts,
 * operators, parameters, documents, duplicate ids), then builds the pack. All problems
 * are collected and thrown together as a RulePackError.
 */
export function loadRulePack(files: RuleFiles): RulePack {
  const errors: RuleFileError[] = [];
  const schemas: Record<string, object> = {};
  for (const [path, json] of Object.entries(files)) {
    const k = classifyRuleFile(path);
    if (k.kind === 'schema') schemas[k.id] = json as object;
  }
  const validator = new SchemaValidator(schemas);
  const valid = (id: SchemaId, path: string, json: unknown): boolean => {
    const found = validator.validate(id, json, path);
    errors.push(...found);
    return found.length === 0;
  };

  const pack: RulePack = {
    version: '',
    published: '',
    ruleSets: [],
    parameters: new Map<string, ParameterDef>(),
    documents: new Map<string, SourceDocument>(),
    calendar: undefined as unknown as CalendarData,
    vocabulary: undefined as unknown as Vocabulary,
    schemas,
    cases: [],
    reservationCases: [],
  };
  const paramFiles = new Map<string, string>();

  for (const [path, json] of Object.entries(files)) {
    const k = classifyRuleFile(path);
    const doc = json as Json;
    switch (k.kind) {
      case 'schema':
        break;
      case 'pack':
        if (valid('pack.schema.json', path, json)) {
          pack.version = String(doc.version);
          pack.published = String(doc.published);
        }
        break;
      case 'sources':
        if (valid('sources.schema.json', path, json)) {
          for (const d of doc.documents as SourceDocument[]) pack.documents.set(d.id, d);
        }
        break;
      case 'vocabulary':
        pack.vocabulary = json as Vocabulary;
        break;
      case 'calendar':
        if (valid('calendar.schema.json', path, json)) {
          try {
            pack.calendar = parseCalendarData(json);
          } catch (e) {
            errors.push({ file: path, pointer: '', message: (e as Error).message });
          }
        }
        break;
      case 'rule-set':
        if (valid('rule-set.schema.json', path, json)) {
          const set = { ...(doc as unknown as RuleSet), file: path };
          if (set.id !== k.set) {
            errors.push({
              file: path,
              pointer: '/id',
              message: `must equal the folder name "${k.set}"`,
            });
          }
          pack.ruleSets.push({ ...set, rules: set.rules.map((r: RuleDef) => ({ ...r })) });
        }
        break;
      case 'parameters':
        if (valid('parameters.schema.json', path, json)) {
          for (const [name, def] of Object.entries(
            doc.parameters as Record<string, ParameterDef>,
          )) {
            const earlier = paramFiles.get(name);
            if (earlier) {
              errors.push({
                file: path,
                pointer: `/parameters/${name}`,
                message: `parameter "${name}" is already defined in ${earlier}`,
              });
              continue;
            }
            paramFiles.set(name, path);
            pack.parameters.set(name, { ...def, name, file: path });
          }
        }
        break;
      case 'cases':
        if (isReservationSet(files, k.set)) {
          if (valid('reservation-case.schema.json', path, json)) {
            pack.reservationCases.push({ file: path, cases: doc.cases as ReservationCase[] });
          }
        } else if (valid('test-case.schema.json', path, json)) {
          const file: RuleCaseFile = { file: path, cases: doc.cases as RuleCaseFile['cases'] };
          file.cases.forEach((c, i) =>
            errors.push(...validateDraft(validator, c.draft, path, `/cases/${i}/draft`)),
          );
          pack.cases.push(file);
        }
        break;
      default:
        errors.push({
          file: path,
          pointer: '',
          message:
            'not a known rule file: see the layout in README.md (rules/<set>/rules.json, parameters.json, cases/*.json)',
        });
    }
  }
  for (const [required, present] of [
    ['rules/pack.json', pack.version],
    ['rules/vocabulary.json', pack.vocabulary],
    ['rules/calendar/closures.json', pack.calendar],
    ['rules/sources.json', pack.documents.size > 0],
  ] as const) {
    if (!present && !errors.some((e) => e.file === required)) {
      errors.push({
        file: required,
        pointer: '',
        message: 'missing: the rule pack cannot be used without it',
      });
    }
  }
  if (errors.length === 0) errors.push(...checkSemantics(pack));
  if (errors.length > 0) throw new RulePackError(errors);
  pack.ruleSets.sort((a, b) => a.id.localeCompare(b.id));
  return pack;
}

/** Cases of a reservation rule set hold requests, not drafts (reservation-case.schema.json). */
function isReservationSet(files: RuleFiles, set: string): boolean {
  const rules = files[`rules/${set}/rules.json`] as Json | undefined;
  return rules?.subject === 'reservation';
}
