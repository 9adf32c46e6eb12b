import type { Temporal } from '@js-temporal/polyfill';
import type { Checker } from '../domain/evaluation/checker';
import { validateDraft } from '../domain/loading/draft-validation';
import type { SchemaValidator } from '../domain/loading/schema-validator';
import type { Draft } from '../domain/model/draft';
import type { Verdict } from '../domain/model/report';

export interface StoredDraftSummary {
  id: string;
  title: string;
  draft: unknown;
}

export interface VerdictChange {
  id: string;
  title: string;
  before: Verdict;
  after: Verdict;
  /** Finding ids the edited rules add or drop for this draft. */
  added: string[];
  removed: string[];
}

export interface VerdictChangeSummary {
  changes: VerdictChange[];
  checked: number;
  /** Drafts that are not valid yet (they get no verdict under either pack). */
  skipped: number;
}

/** Checks every draft with the current and the edited rules and lists those whose verdict moves. */
export async function verdictChanges(
  drafts: readonly StoredDraftSummary[],
  before: Checker,
  after: Checker,
  validator: SchemaValidator,
  asOf: Temporal.ZonedDateTime,
): Promise<VerdictChangeSummary> {
  const changes: VerdictChange[] = [];
  let skipped = 0;
  for (const d of drafts) {
    if (validateDraft(validator, d.draft, 'draft').length > 0) {
      skipped++;
      continue;
    }
    const [a, b] = await Promise.all([
      before.check(d.draft as Draft, { asOf, lang: 'en' }),
      after.check(d.draft as Draft, { asOf, lang: 'en' }),
    ]);
    if (a.verdict === b.verdict) continue;
    const ids = (r: typeof a) => new Set(r.findings.map((f) => f.id));
    const [was, now] = [ids(a), ids(b)];
    changes.push({
      id: d.id,
      title: d.title,
      before: a.verdict,
      after: b.verdict,
      added: [...now].filter((x) => !was.has(x)),
      removed: [...was].filter((x) => !now.has(x)),
    });
  }
  return { changes, checked: drafts.length - skipped, skipped };
}
