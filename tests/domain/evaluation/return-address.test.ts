import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedChecker } from '../../support/shipped-pack';

const envelope = async (filer: Draft['filer'], lang: 'ja' | 'en') => {
  const report = await shippedChecker().check(
    {
      filer,
      applicant: {
        name: 'LE THI HOA',
        birthDate: '1990-01-01',
        status: 'engineer_humanities_international',
        periodOfStay: 'P3Y',
        stayExpires: '2027-02-15',
      },
      procedure: 'change_of_status',
      targetStatus: 'business_manager',
      groundsDate: '2026-11-01',
      channel: 'online',
      receiptMethod: 'mail',
    },
    { asOf: parseInstant('2026-11-24T10:00:00+09:00'), lang },
  );
  return report.checklist.find((c) => c.id === 'after.mail.return_envelope_card')?.text;
};

describe('the return envelope is addressed as fits the filer', () => {
  it("a scrivener's office, the organisation, or the applicant's home", async () => {
    const scrivener = {
      category: 'scrivener',
      credential: {
        kind: 'notified_certificate' as const,
        number: '123456789012',
        expires: '2028-01-01',
      },
    };
    expect(await envelope(scrivener, 'en')).toContain('your office address');
    expect(await envelope(scrivener, 'ja')).toContain('事務所の所在地');
    expect(await envelope({ category: 'org_staff' }, 'en')).toContain("organisation's address");
    expect(await envelope({ category: 'applicant' }, 'en')).toContain('your home address');
    expect(await envelope({ category: 'applicant' }, 'ja')).toContain('ご自身の住居地');
  });

  it('without a filer the general wording, never "(not given)"', async () => {
    const text = await envelope(undefined, 'en');
    expect(text).toContain('the address entered at user registration');
    expect(text).not.toContain('not given');
  });
});
