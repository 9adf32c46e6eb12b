import { Temporal } from '@js-temporal/polyfill';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { expect } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import type { ReservationSystemId } from '../../../src/domain/reservation/reservation-request';
import { ReservationPlannerService } from '../../../src/services/reservation-planner-service';
import type { ReservationSyncApi, ServerReservation } from '../../../src/sync/types';
import { language } from '../../../src/ui/i18n/language.svelte';
import ReservationsPage from '../../../src/ui/reservations/ReservationsPage.svelte';

export const service = new ReservationPlannerService();
/** Tuesday 24 Nov 2026, 10:00 in Tokyo (the day after Labour Thanksgiving Day). */
export const AT = Temporal.ZonedDateTime.from('2026-11-24T10:00:00+09:00[Asia/Tokyo]');
export const filer = {
  category: 'org_staff',
  credential: { kind: 'agent_certificate', number: '123456789012' },
};
export const counterExtension: Draft = { procedure: 'extension', channel: 'counter' };

export function confirmed(
  id: string,
  date: string,
  time: string,
  cases = 1,
  system: ReservationSystemId = 'tokyo_application',
): ServerReservation {
  return {
    id,
    system,
    filerKey: '123456789012',
    date,
    time,
    cases: Array.from({ length: cases }, () => ({
      procedure: 'extension',
      channel: 'counter' as const,
    })),
    state: 'confirmed',
    createdAt: '2026-11-20T01:00:00Z',
    updatedAt: '2026-11-20T01:00:00Z',
  };
}

export interface MountOptions {
  drafts?: Draft[];
  lang?: 'ja' | 'en';
  clock?: () => Temporal.ZonedDateTime;
  tickMs?: number;
  system?: ReservationSystemId;
}

export function mount(sync: ReservationSyncApi, options: MountOptions = {}) {
  language.set(options.lang ?? 'en');
  const drafts = options.drafts ?? [];
  const listDrafts = async () =>
    drafts.map((draft, i) => ({ id: `d${i}`, title: `Case ${i + 1}`, draft }));
  const result = render(ReservationsPage, {
    sync,
    filer,
    listDrafts,
    clock: options.clock ?? (() => AT),
    tickMs: options.tickMs ?? 60_000,
    service,
    system: options.system ?? 'tokyo_application',
  });
  return result;
}

export async function addAllDrafts(count: number, label = 'Choose from the drafts', add = 'Add') {
  const picker = (await screen.findByLabelText(label)) as HTMLSelectElement;
  await waitFor(() => expect(picker.options.length).toBe(count + 1));
  for (let i = 0; i < count; i++) {
    await fireEvent.change(picker, { target: { value: `d${i}` } });
    await fireEvent.click(screen.getByRole('button', { name: add }));
  }
}

export async function chooseSlot(date: string, time: string) {
  const radio = await waitFor(() => {
    const el = document.querySelector(`input[name="reservation-slot"][value="${date}T${time}"]`);
    expect(el).not.toBeNull();
    return el as HTMLInputElement;
  });
  await fireEvent.click(radio);
}

export function findingText(id: string): string | undefined {
  return document.querySelector(`[data-finding="${id}"]`)?.textContent ?? undefined;
}
