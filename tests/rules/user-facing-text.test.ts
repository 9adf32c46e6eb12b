import { describe, expect, it } from 'vitest';
import { DERIVED_FACTS } from '../../src/domain/facts/derived-fact-catalogue';
import { INPUT_FACTS } from '../../src/domain/facts/input-facts';
import type { Lang } from '../../src/domain/model/localized';
import type { Draft } from '../../src/domain/model/draft';
import { ReservationPlanner } from '../../src/domain/reservation/reservation-planner';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import { shippedChecker, shippedPack } from '../support/shipped-pack';

// Every text a user reads in a report (messages, explanations, needs, checklist) is rendered for
// every rule case in both languages, and must not show the rule data behind it.
const pack = shippedPack();
const LANGS: Lang[] = ['ja', 'en'];

const vocabularyIds = Object.values(pack.vocabulary).flatMap((list) =>
  Array.isArray(list) ? list.map((t: { id: string }) => t.id) : [],
);
const IDS = new Set<string>([
  ...pack.ruleSets.flatMap((s) => s.rules.map((r) => r.id)),
  ...pack.parameters.keys(),
  ...[...pack.parameters.keys()].map((p) => `param.${p}`),
  // Plain words (procedure, status, channel, age) are fine in prose; field ids are not.
  ...[...INPUT_FACTS, ...DERIVED_FACTS].map((f) => f.name).filter((n) => /[A-Z]/.test(n)),
  ...vocabularyIds.filter((id) => id.includes('_')),
]);
const POINTER = /(?:^|[\s(（「"'])(\/[a-z][A-Za-z]*(?:\/[A-Za-z0-9]+)*)/;
const PLACEHOLDER = /\{[A-Za-z][\w.]*\}/;
const TOKEN = /[A-Za-z][\w.]*\w/g;

/** What is wrong with one text shown to users, or undefined when nothing is. */
export function textProblem(text: string): string | undefined {
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder) return `unfilled placeholder ${placeholder[0]}`;
  const pointer = POINTER.exec(text);
  if (pointer) return `JSON pointer ${pointer[1]}`;
  const id = (text.match(TOKEN) ?? []).find((t) => IDS.has(t));
  return id ? `rule, parameter or field id "${id}"` : undefined;
}

interface Shown {
  where: string;
  text: string;
}

async function draftTexts(): Promise<Shown[]> {
  const out: Shown[] = [];
  for (const file of pack.cases) {
    for (const [i, c] of file.cases.entries()) {
      for (const lang of LANGS) {
        const report = await shippedChecker().check(c.draft as Draft, {
          asOf: parseInstant(c.asOf),
          lang,
        });
        const at = `${file.file}#/cases/${i} (${lang})`;
        for (const f of report.findings) {
          out.push({ where: `${at} ${f.id} message`, text: f.message });
          out.push({ where: `${at} ${f.id} explanation`, text: f.explanation.text });
        }
        for (const n of report.needs) out.push({ where: `${at} need`, text: n.label });
        for (const item of report.checklist)
          out.push({ where: `${at} checklist`, text: item.text });
      }
    }
  }
  return out;
}

async function reservationTexts(): Promise<Shown[]> {
  const planner = new ReservationPlanner(pack);
  const out: Shown[] = [];
  for (const file of pack.reservationCases) {
    for (const [i, c] of file.cases.entries()) {
      for (const lang of LANGS) {
        const reply = await planner.plan(c.request, parseInstant(c.at), lang);
        for (const f of reply.findings) {
          out.push({ where: `${file.file}#/cases/${i} (${lang}) ${f.id}`, text: f.message });
        }
      }
    }
  }
  return out;
}

describe('texts users read', () => {
  it('the checker catches each kind of leak', () => {
    expect(textProblem('Choose one of: {receiptMethodsAllowed}.')).toMatch(/placeholder/);
    expect(textProblem('fill in /filer/credential/kind')).toMatch(/pointer/);
    expect(textProblem('See fees.unknown for details')).toMatch(/id/);
    expect(textProblem('Filed together (withProcedures)')).toMatch(/id/);
    expect(textProblem('The status permanent_resident')).toMatch(/id/);
    expect(textProblem('A fee of 5,500 yen is paid on 2026/11/24.')).toBeUndefined();
  });

  it('no report of any draft case shows rule data, in either language', async () => {
    const problems = (await draftTexts()).flatMap(({ where, text }) => {
      const problem = textProblem(text);
      return problem ? [`${where}: ${problem}: ${text}`] : [];
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('no reservation reply of any case shows rule data, in either language', async () => {
    const problems = (await reservationTexts()).flatMap(({ where, text }) => {
      const problem = textProblem(text);
      return problem ? [`${where}: ${problem}: ${text}`] : [];
    });
    expect(problems).toEqual([]);
  }, 120_000);
});
