import { Temporal } from '@js-temporal/polyfill';
import type { Draft } from '../../src/domain/model/draft';
import vocabulary from '../../rules/vocabulary.json';

// A fixed seed keeps runs comparable: every run checks the same 10,000 drafts.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = (list: { id: string }[]) => list.map((t) => t.id);
const STATUSES = ids(vocabulary.statuses);
const PROCEDURES = [
  'coe',
  'change_of_status',
  'extension',
  'extension',
  'acquisition',
  'employment_certificate',
  'permanent_residence',
];
const FILERS = ids(vocabulary.filers);

/** Drafts resembling an agent's caseload: mostly complete, some with gaps or problems. */
export function generateDrafts(count: number, asOf: Temporal.PlainDate, seed = 20261123): Draft[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const day = (offset: number) => asOf.add({ days: offset }).toString();
  return Array.from({ length: count }, (): Draft => {
    const procedure = pick(PROCEDURES);
    const draft: Draft = {
      filer: {
        category: pick(FILERS),
        credential: { kind: 'agent_certificate', number: '123456789012', expires: day(400) },
      },
      applicant: {
        birthDate: day(-Math.floor(5000 + random() * 15000)),
        status: procedure === 'coe' ? undefined : pick(STATUSES),
        periodOfStay: pick(['P1Y', 'P3Y', 'P6M', 'P90D']),
        stayExpires: day(Math.floor(random() * 200) - 20),
      },
      procedure,
      channel: random() < 0.8 ? 'online' : 'counter',
      bureau: pick(['tokyo', 'osaka']),
      withProcedures: random() < 0.3 ? ['reentry'] : [],
      reentryKind: 'multiple',
    };
    if (procedure === 'coe' || procedure === 'change_of_status')
      draft.targetStatus = pick(STATUSES);
    if (procedure === 'change_of_status') draft.groundsDate = day(-10);
    if (procedure === 'acquisition') draft.eventDate = day(-Math.floor(random() * 40));
    if (random() < 0.5) draft.attachments = [{ name: 'a.pdf', bytes: Math.floor(random() * 12e6) }];
    return draft;
  });
}
