/** A bare page with only the reservations page and a fake sync, for the 375 px layout check. */
import { Temporal } from '@js-temporal/polyfill';
import { mount } from 'svelte';
import '../../../../src/ui/app.css';
import { language } from '../../../../src/ui/i18n/language.svelte';
import ReservationsPage from '../../../../src/ui/reservations/ReservationsPage.svelte';
import { FakeSync } from '../fake-sync';

const sync = new FakeSync();
const fetchedAt = '2026-11-24T00:30:00Z';
sync.avail = {
  slots: [
    {
      system: 'osaka_issuance',
      date: '2026-11-25',
      time: '10:00',
      capacity: 30,
      remaining: 4,
      fetchedAt,
    },
  ],
  stale: true,
  fetchedAt,
};
sync.server = [
  {
    id: 'r1',
    system: 'osaka_issuance',
    filerKey: '123456789012',
    date: '2026-11-27',
    time: '10:00',
    cases: [{ procedure: 'extension' }, { procedure: 'extension' }],
    state: 'confirmed',
    createdAt: fetchedAt,
    updatedAt: fetchedAt,
  },
];
const params = new URLSearchParams(location.search);
language.set(params.get('lang') === 'ja' ? 'ja' : 'en');
mount(ReservationsPage, {
  target: document.getElementById('app')!,
  props: {
    sync,
    system: 'osaka_issuance',
    filer: {
      category: 'org_staff',
      credential: { kind: 'agent_certificate', number: '123456789012' },
    },
    listDrafts: async () => [
      {
        id: 'd1',
        title: 'NGUYEN VAN A — extension',
        draft: { procedure: 'extension', channel: 'counter' },
      },
    ],
    clock: () => Temporal.ZonedDateTime.from('2026-11-24T10:00:00+09:00[Asia/Tokyo]'),
  },
});
