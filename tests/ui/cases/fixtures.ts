import 'fake-indexeddb/auto';
import { Temporal } from '@js-temporal/polyfill';
import { configure } from '@testing-library/svelte';
import type { Draft } from '../../../src/domain/model/draft';
import { caseChecks } from '../../../src/services/case-checks';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { openAppStorage } from '../../../src/storage/app-storage';
import { PersistenceService } from '../../../src/storage/persistence';
import { steppingClock } from '../../storage/helpers';

// The first check warms the rules engine up; under a loaded test run that exceeds 1 s.
configure({ asyncUtilTimeout: 8000 });

let service: DraftCheckService | undefined;
export const checkService = () => (service ??= new DraftCheckService());

/** What CaseList needs of the rules: checks on the page (jsdom has no Worker) and procedures. */
export const listRules = () => ({
  checks: () => caseChecks(checkService()),
  procedures: checkService().pack.vocabulary.procedures,
});

export const NOW = Temporal.ZonedDateTime.from('2026-11-23T10:00:00+09:00[Asia/Tokyo]');
/** NOW as the case list reads the clock. */
export const LIST_NOW = { instant: NOW.toInstant().toString(), day: NOW.toPlainDate().toString() };

/** A complete online extension whose stay expires on the given day. */
export function extension(name: string, stayExpires: string): Draft {
  return {
    filer: {
      category: 'org_staff',
      credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
    },
    applicant: {
      name,
      birthDate: '1995-04-02',
      nationality: 'VNM',
      status: 'engineer_humanities_international',
      periodOfStay: 'P1Y',
      stayExpires,
    },
    procedure: 'extension',
    channel: 'online',
    bureau: 'tokyo',
  };
}

export function caseStorage(persisted = true) {
  return openAppStorage({
    name: `cases-${crypto.randomUUID()}`,
    clock: steppingClock(),
    procedures: checkService().pack.vocabulary.procedures,
    persistence: new PersistenceService({ persist: async () => persisted }),
  });
}
