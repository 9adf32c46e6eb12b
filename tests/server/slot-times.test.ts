import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/server/create-api';
import { parseSlotTimes } from '../../src/server/slot-times-option';
import { unconfirmedDefaults } from '../../src/server/unconfirmed-defaults';
import { agent, ServerClock, startServer } from '../sync/helpers';
import { shippedPack } from '../support/shipped-pack';
import { signedInFetch } from '../support/test-accounts';

describe('--slot-times', () => {
  it('reads one schedule per system, repeated per system', () => {
    expect(
      parseSlotTimes(['osaka_issuance=09:00,10:00,13:00', 'tokyo_application=09:00,09:30']),
    ).toEqual({
      osaka_issuance: ['09:00', '10:00', '13:00'],
      tokyo_application: ['09:00', '09:30'],
    });
    expect(parseSlotTimes(undefined)).toEqual({});
  });

  it('says what is wrong and shows the expected form', () => {
    expect(() => parseSlotTimes(['nagoya=09:00'])).toThrow(
      /unknown system "nagoya".*osaka_issuance/,
    );
    expect(() => parseSlotTimes(['osaka_issuance=9:00'])).toThrow(/HH:MM separated by commas/);
    expect(() => parseSlotTimes(['osaka_issuance'])).toThrow(/HH:MM/);
    expect(() => parseSlotTimes(['osaka_issuance=10:00,09:00'])).toThrow(/"09:00" after "10:00"/);
    expect(() => parseSlotTimes(['osaka_issuance=09:00', 'osaka_issuance=10:00'])).toThrow(
      /given twice/,
    );
  });
});

describe('unconfirmed defaults printed at start', () => {
  const pack = shippedPack();

  it('names the interpretation values the endpoint runs on without operator settings', () => {
    const lines = unconfirmedDefaults(pack, '2026-12-01', {});
    const text = lines.join('\n');
    expect(text).toMatch(/osaka_issuance: slot times 09:00, 10:00.* and closed slots 12:00/);
    expect(text).toMatch(/osaka_issuance: slot capacity 45 is an unconfirmed default/);
    expect(text).toMatch(/tokyo_application: closed slots 12:00, 12:30/);
    // Tokyo's slot times are stated in its notice, so they are not listed as a default.
    expect(text).not.toMatch(/tokyo_application: slot times/);
  });

  it('leaves out what the operator set', () => {
    const lines = unconfirmedDefaults(pack, '2026-12-01', {
      capacity: { osaka_issuance: 30, tokyo_application: 50 },
      slotTimes: { osaka_issuance: ['09:00'], tokyo_application: ['09:00'] },
    });
    expect(lines).toEqual([]);
  });
});

describe('an endpoint with the operator slot times', () => {
  let api: RunningApi;
  let n = 0;
  beforeAll(async () => {
    api = await startServer(null, new ServerClock(), {
      slotTimes: { osaka_issuance: ['09:30', '12:00', '13:30'] },
    });
  });
  afterAll(() => api.close());

  const post = async (time: string) => {
    // Signed in as the agent whose number the body names (bearer session).
    const authed = signedInFetch(api.store.accounts, () => api.service.ctx.now().toInstant());
    const res = await authed(`${api.url}/api/reservations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `slot-${++n}` },
      body: JSON.stringify({
        system: 'osaka_issuance',
        filer: agent(),
        booking: {
          date: '2026-11-26',
          time,
          cases: [
            {
              procedure: 'extension',
              channel: 'counter',
              examinationFinished: true,
              issuanceCounter: '2F-A',
              applicationNumber: `OSA-2026-${n}`,
            },
          ],
        },
      }),
    });
    return { status: res.status, json: await res.json() };
  };

  it('refuses a time outside the configured schedule', async () => {
    const res = await post('10:00');
    expect(res).toMatchObject({ status: 422, json: { reason: 'ineligible' } });
    expect(res.json.detail).toContain('09:30、12:00、13:30');
  });

  it('takes a configured time even where the pack assumed a lunch closure', async () => {
    const res = await post('12:00');
    expect(res.status).toBe(201);
  });

  it('offers the configured times', async () => {
    const res = await fetch(`${api.url}/api/reservations/availability?system=osaka_issuance`);
    const body = (await res.json()) as { slots: { date: string; time: string }[] };
    const times = new Set(body.slots.map((s) => s.time));
    expect([...times].sort()).toEqual(['09:30', '12:00', '13:30']);
  });
});
