import type { CalendarData } from '../calendar/calendar-data';
import { parseCalendarData } from '../calendar/parse-calendar-data';
import type { SourceDocument } from '../model/citation';
import type { ParameterDef } from '../model/parameter';
import type { RuleDef, RuleSet } from '../model/rule';
import type { RuleCaseFile, RulePack } from '../model/rule-pack';
import type { Vocabulary } from '../model/vocabulary';
import type { ReservationCase } from '../reservation/reservation-case';
import { validateDraft } from './draft-validation';
import { guardedSchemaErrors, missingFiles } from './guarded-validation';
import { noGaps } from './pack-gaps';
import { errorsByEntry } from './partial-validation';
import { checkParameter } from './parameter-checks';
import { classifyRuleFile } from './rule-file-layout';
import type { RuleFileError } from './rule-file-error';
import { overlappingVersions } from './rule-versions';
import { SchemaValidator, type SchemaId } from './schema-validator';
import { schemaFileErrors, splitSchemas } from './pack-schemas';
import { checkSemantics } from './semantic-checks';

/** Parsed JSON of every file under rules/, keyed by its path from the project root. */
export type RuleFiles = Record<string, unknown>;

export interface CheckOptions {
  /** The app's own schemas: a pack's rules/schema/* files never replace them. */
  schemas?: Record<string, object>;
}

type Json = Record<string, unknown>;

/**
 * Validates every file against its schema, then the pack as a whole, and lists every error:
 * a schema error keeps only the rule, parameter or file it is in out of the semantic checks.
 * `pack` is usable only when `errors` is empty.
 */
export function checkRulePack(
  files: RuleFiles,
  options: CheckOptions = {},
): { pack: RulePack; errors: RuleFileError[] } {
  const own = splitSchemas(files);
  const schemas = options.schemas ?? own;
  const errors: RuleFileError[] = options.schemas ? schemaFileErrors(own, options.schemas) : [];
  const validator = new SchemaValidator(schemas);
  const gaps = noGaps();
  const schemaErrors = (id: SchemaId, path: string, json: unknown) => {
    const result = guardedSchemaErrors(validator, id, path, json);
    errors.push(...result.found);
    return result;
  };
  const valid = (id: SchemaId, path: string, json: unknown) =>
    schemaErrors(id, path, json).found.length === 0;

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
    const doc = (json ?? {}) as Json;
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
        } else {
          const listed = Array.isArray(doc.documents) ? (doc.documents as Json[]) : [];
          gaps.documentIds = new Set(listed.map((d) => String(d?.id)));
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
      case 'rule-set': {
        const { found, validated } = schemaErrors('rule-set.schema.json', path, json);
        if (!validated || !Array.isArray(doc.rules)) break;
        const broken = errorsByEntry(found, 'rules');
        const set = { ...(doc as unknown as RuleSet), file: path };
        if (typeof set.id === 'string' && set.id !== k.set) {
          errors.push({
            file: path,
            pointer: '/id',
            message: `must equal the folder name "${k.set}"`,
          });
        }
        broken.forEach((i) => gaps.brokenRules.add(`${path}#/rules/${i}`));
        pack.ruleSets.push({ ...set, rules: set.rules.map((r: RuleDef) => ({ ...r })) });
        break;
      }
      case 'parameters': {
        const { found, validated } = schemaErrors('parameters.schema.json', path, json);
        const defs = doc.parameters;
        if (!validated || typeof defs !== 'object' || defs === null || Array.isArray(defs)) {
          gaps.parametersUnknown = true;
          break;
        }
        const broken = errorsByEntry(found, 'parameters');
        for (const [name, def] of Object.entries(defs as Record<string, ParameterDef>)) {
          if (broken.has(name)) {
            gaps.brokenParameters.add(name);
            continue;
          }
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
        break;
      }
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
  errors.push(...missingFiles(files));
  gaps.vocabularyMissing = pack.vocabulary === undefined;
  errors.push(...checkSemantics(pack, gaps));
  for (const def of pack.parameters.values()) errors.push(...checkParameter(def));
  for (const set of pack.ruleSets) errors.push(...overlappingVersions(set, gaps));
  pack.ruleSets.sort((a, b) => a.id.localeCompare(b.id));
  return { pack, errors };
}

/** Cases of a reservation rule set hold requests, not drafts (reservation-case.schema.json). */
function isReservationSet(files: RuleFiles, set: string): boolean {
  const rules = files[`rules/${set}/rules.json`] as Json | undefined;
  return rules?.subject === 'reservation';
}
