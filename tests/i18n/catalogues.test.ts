import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Translators edit src/i18n/messages/{ja,en}.json without code; this keeps the two in step.
type Catalogue = Record<string, unknown>;
const load = (lang: string): Catalogue =>
  JSON.parse(
    readFileSync(new URL(`../../src/i18n/messages/${lang}.json`, import.meta.url), 'utf8'),
  ) as Catalogue;

/** The inputs a message uses: `{name}` in a plain text, `input name` in a variant message. */
export function placeholders(message: unknown): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      // `\{` is a literal brace; locals declared in a variant message are not inputs.
      for (const m of value.replace(/\\[{}]/g, '').matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const declarations = (value as { declarations?: string[] }).declarations ?? [];
      const inputs = declarations.filter((d) => d.startsWith('input ')).map((d) => d.slice(6));
      if (declarations.length > 0) return inputs.forEach((n) => names.add(n.trim()));
      Object.values(value).forEach(visit);
    }
  };
  visit(message);
  return [...names].sort();
}

const ja = load('ja');
const en = load('en');
const keys = (c: Catalogue) => Object.keys(c).filter((k) => k !== '$schema');

describe('UI text catalogues', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keys(en).filter((k) => !(k in ja))).toEqual([]);
    expect(keys(ja).filter((k) => !(k in en))).toEqual([]);
  });

  it('give each message the same placeholders in both languages', () => {
    const differ = keys(ja).filter(
      (k) => JSON.stringify(placeholders(ja[k])) !== JSON.stringify(placeholders(en[k])),
    );
    expect(differ).toEqual([]);
  });

  it('leave no message empty', () => {
    const empty = keys(ja).filter((k) => JSON.stringify(ja[k]) === '""' || en[k] === '');
    expect(empty).toEqual([]);
  });

  it('the placeholder check bites', () => {
    expect(placeholders('Hello {name}, {count} cases')).toEqual(['count', 'name']);
    expect(placeholders('\\{procedure\\} stays literal')).toEqual([]);
    expect(
      placeholders([{ declarations: ['input n', 'local nText = n: number'], match: {} }]),
    ).toEqual(['n']);
  });
});
