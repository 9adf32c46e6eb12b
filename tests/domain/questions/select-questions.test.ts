import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import type { NeededInput } from '../../../src/domain/model/report';
import { selectQuestions, type ReportHints } from '../../../src/domain/questions/select-questions';

const asked = (draft: Draft, report?: ReportHints): string[] =>
  selectQuestions(draft, report).map((q) => q.field.pointer);

const needs = (...fields: string[]): NeededInput[] =>
  fields.map((field) => ({ field, label: field, for: 'verdict', rules: ['r'] }));

const hints = (over: Partial<ReportHints> = {}): ReportHints => ({
  needs: [],
  receiptMethods: ['mail', 'counter'],
  findings: [],
  ...over,
});

describe('selectQuestions', () => {
  it('starts with what is filed, how and by whom', () => {
    expect(asked({})).toEqual(['/procedure', '/channel', '/filer/category', '/applicant/name']);
  });

  it('asks a COE for the status applied for, never a current status or expiry', () => {
    const q = asked({ procedure: 'coe', channel: 'online', filer: { category: 'org_staff' } });
    expect(q).toContain('/targetStatus');
    expect(q).not.toContain('/applicant/status');
    expect(q).not.toContain('/applicant/stayExpires');
    expect(q).not.toContain('/withProcedures');
  });

  it('asks a change of status for status, target status and the grounds date', () => {
    const q = asked({ procedure: 'change_of_status', channel: 'online' });
    expect(q).toEqual(
      expect.arrayContaining(['/applicant/status', '/targetStatus', '/groundsDate']),
    );
    expect(q).toContain('/withProcedures');
    expect(q).not.toContain('/eventDate');
  });

  it('asks an acquisition for the event date and the status applied for', () => {
    const q = asked({ procedure: 'acquisition', channel: 'counter' });
    expect(q).toEqual(expect.arrayContaining(['/eventDate', '/targetStatus', '/bureau']));
    expect(q).not.toContain('/applicant/status');
  });

  it('asks an extension for status, period of stay and expiry', () => {
    const q = asked({ procedure: 'extension', channel: 'online' });
    expect(q).toEqual(
      expect.arrayContaining([
        '/applicant/status',
        '/applicant/periodOfStay',
        '/applicant/stayExpires',
      ]),
    );
    expect(q).not.toContain('/targetStatus');
    expect(q).not.toContain('/groundsDate');
  });

  it('asks the re-entry kind only when re-entry is filed together', () => {
    expect(asked({ procedure: 'extension' })).not.toContain('/reentryKind');
    expect(asked({ procedure: 'extension', withProcedures: ['reentry'] })).toContain(
      '/reentryKind',
    );
    expect(asked({ procedure: 'coe' })).not.toContain('/withProcedures');
  });

  it('asks credentials only of agent filers', () => {
    const agent = asked({ procedure: 'extension', filer: { category: 'scrivener' } });
    expect(agent).toContain('/filer/credential/number');
    const self = asked({ procedure: 'extension', filer: { category: 'applicant' } });
    expect(self).not.toContain('/filer/credential/kind');
    expect(self).toContain('/applicant/birthDate');
  });

  it('asks no period of stay or expiry of a permanent resident, and keeps the typed values', () => {
    const draft: Draft = {
      procedure: 'change_of_status',
      applicant: { status: 'permanent_resident', stayExpires: '2027-01-31' },
    };
    const q = asked(draft);
    expect(q).toContain('/applicant/status');
    expect(q).not.toContain('/applicant/periodOfStay');
    expect(q).not.toContain('/applicant/stayExpires');
    expect(draft.applicant?.stayExpires).toBe('2027-01-31');
  });

  it('asks organisation staff for no certificate; lawyers and scriveners give theirs', () => {
    for (const category of ['org_staff', 'registered_support_org_staff', 'school_staff']) {
      expect(asked({ procedure: 'extension', filer: { category } })).not.toContain(
        '/filer/credential/number',
      );
    }
    expect(asked({ procedure: 'extension', filer: { category: 'lawyer' } })).toContain(
      '/filer/credential/kind',
    );
  });

  it('follows the pack: a filer the parameter lists is asked for a certificate', () => {
    const q = selectQuestions(
      { procedure: 'extension', filer: { category: 'org_staff' } },
      undefined,
      {
        credentialFilers: ['org_staff'],
      },
    ).map((x) => x.field.pointer);
    expect(q).toContain('/filer/credential/number');
  });

  it('asks about illness only when a relative files', () => {
    const flag = '/flags/applicantUnableThroughIllness';
    expect(asked({ procedure: 'acquisition', filer: { category: 'relative' } })).toContain(flag);
    expect(asked({ procedure: 'acquisition', filer: { category: 'org_staff' } })).not.toContain(
      flag,
    );
  });

  it('marks what the report needs, but waits for the filer before credentials', () => {
    const report = hints({ needs: needs('/applicant/stayExpires', '/filer/credential/kind') });
    const questions = selectQuestions({ procedure: 'change_of_status' }, report);
    const expiry = questions.find((q) => q.field.pointer === '/applicant/stayExpires');
    expect(expiry?.needed).toBe(true);
    expect(questions.map((q) => q.field.pointer)).not.toContain('/filer/credential/kind');
  });

  it('offers the receipt methods the last report allows and keeps a chosen one', () => {
    const draft: Draft = { procedure: 'extension', channel: 'online', receiptMethod: 'mail' };
    const q = selectQuestions(draft, hints({ receiptMethods: ['counter'] }));
    expect(q.find((x) => x.field.pointer === '/receiptMethod')?.options).toEqual([
      'counter',
      'mail',
    ]);
  });

  it('asks about Reference Form 9 when a finding reads it', () => {
    const draft: Draft = { procedure: 'extension', channel: 'online' };
    expect(asked(draft)).not.toContain('/flags/referenceForm9Attached');
    const finding = {
      explanation: {
        text: '',
        conditions: [
          {
            fact: 'referenceForm9Attached',
            label: '',
            operator: 'equal',
            expected: false,
            actual: false,
            outcome: true as const,
          },
        ],
      },
    } as unknown as ReportHints['findings'][number];
    expect(asked(draft, hints({ findings: [finding] }))).toContain('/flags/referenceForm9Attached');
  });

  it('keeps asking a field that holds a value while it can matter', () => {
    expect(asked({ channel: 'online', applicant: { nationality: 'VNM' } })).toContain(
      '/applicant/nationality',
    );
  });
});
