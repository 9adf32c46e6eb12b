import type { ErrorObject } from 'ajv';
import type { RuleFileError } from './rule-file-error';

/**
 * Turns Ajv's errors into messages a policy officer can act on. A failed `oneOf`
 * (a malformed condition) would otherwise list every branch's errors, so only the
 * deepest failing `oneOf` is reported, with the shapes it accepts.
 */
export function describeAjvErrors(
  errors: ErrorObject[],
  file: string,
  basePointer: string,
): RuleFileError[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const deepest = oneOfPaths.filter(
    (p) => !oneOfPaths.some((q) => q !== p && q.startsWith(p + '/')),
  );
  const insideOneOf = (path: string) =>
    oneOfPaths.some((p) => path === p || path.startsWith(p + '/'));

  const out: RuleFileError[] = [];
  const seen = new Set<string>();
  const push = (pointer: string, message: string, ja?: string) => {
    const key = pointer + '\u0000' + message;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, pointer: basePointer + pointer, message, ...(ja ? { ja } : {}) });
  };

  for (const path of new Set(deepest)) push(path, oneOfMessage(errors, path));
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    if (insideOneOf(e.instancePath)) continue;
    push(...describe(e));
  }
  return out;
}

function oneOfMessage(errors: ErrorObject[], path: string): string {
  const isCondition = errors.some(
    (e) => e.instancePath === path && e.schemaPath.includes('condition'),
  );
  if (isCondition) {
    return 'is not a valid condition: expected {"all": [...]}, {"any": [...]}, {"not": {...}} or {"fact", "operator", "value"} with no other fields';
  }
  const types = errors
    .filter((e) => e.instancePath === path && e.keyword !== 'oneOf')
    .map((e) => e.message)
    .filter(Boolean);
  return `does not match any allowed form (${[...new Set(types)].join('; ')})`;
}

/** English and Japanese, because filing agents see draft errors in either language. */
function describe(e: ErrorObject): [string, string, string] {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return [
        `${e.instancePath}/${name}`,
        `unknown field "${name}": remove it or correct its spelling`,
        `不明な項目「${name}」です。削除するか綴りを直してください`,
      ];
    }
    case 'required': {
      const name = String(p.missingProperty);
      return [
        e.instancePath,
        `missing required field "${name}"`,
        `必須項目「${name}」がありません`,
      ];
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return [
        e.instancePath,
        `must be one of ${allowed}`,
        `次のいずれかにしてください: ${allowed}`,
      ];
    }
    case 'type':
      return [
        e.instancePath,
        `must be of type ${String(p.type)}`,
        `型は ${String(p.type)} にしてください`,
      ];
    case 'format':
      return [
        e.instancePath,
        `must be a valid ${String(p.format)} (e.g. ${example(p.format)})`,
        `${String(p.format)} の形式で入力してください（例: ${example(p.format)}）`,
      ];
    case 'pattern':
      return [
        e.instancePath,
        `must match the pattern ${String(p.pattern)}`,
        `形式 ${String(p.pattern)} に合わせてください`,
      ];
    case 'propertyNames':
      return [
        e.instancePath,
        `has a key that is not allowed: ${e.message ?? ''}`,
        `使えないキーがあります: ${e.message ?? ''}`,
      ];
    default: {
      const text = e.message ?? `fails ${e.keyword}`;
      return [e.instancePath, text, `スキーマの条件を満たしていません: ${text}`];
    }
  }
}

function example(format: unknown): string {
  if (format === 'date') return '2026-05-31';
  if (format === 'date-time') return '2026-05-31T09:00:00+09:00';
  if (format === 'uri') return 'https://www.moj.go.jp/isa/';
  return 'see the schema';
}
