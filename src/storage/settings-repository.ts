import { liveQuery, type Observable } from 'dexie';
import type { Lang } from '../domain/model/localized';
import type { ReservationFiler } from '../domain/reservation/reservation-request';
import { isSealedSetting, openSetting, sealSetting } from './crypto/sealed-settings';
import { VaultLockedError, type Vault } from './crypto/vault';
import type { PrecheckDatabase } from './database';

/** Every setting the app keeps, with its type. Add a key here before using it. */
export interface Settings {
  language: Lang;
  /** Origin of the reservation endpoint: "" = the embedded one (same origin), "offline" = none. */
  endpointUrl: string;
  /** Who books counter reservations on this device. */
  reservationFiler: ReservationFiler;
  /** How the case list is sorted ('deadline' | 'updated' | 'title'). */
  caseSort: string;
  /** The drafts each reservation booked on this device was made for (ids, no names). */
  reservationCases: { key: string; reservationId?: string; drafts: string[]; applied?: string[] }[];
  /** "This week" and reminders: a window closing within this many days needs attention. */
  closeWithinDays: number;
  /** Reminders were turned on (notification permission is the browser's own record). */
  reminders: boolean;
  /** Reminders shown on `day` ("<case id>:<reason>"), so each is shown once a day. */
  reminderLog: { day: string; sent: string[] };
  /** What a notification shown by the service worker says: language and unofficial rules. */
  reminderContext: { lang: Lang; unofficial: string | null };
}

export type SettingKey = keyof Settings;

/** Settings that name a person: encrypted while the passphrase lock is on (ADR 0018). */
export const PERSONAL_SETTINGS: readonly SettingKey[] = ['reservationFiler'];

/** Key/value settings in IndexedDB, next to the drafts they belong with. */
export class SettingsRepository {
  constructor(
    private readonly db: PrecheckDatabase,
    private readonly vault?: Vault,
  ) {}

  async get<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
    const row = await this.db.settings.get(key);
    if (isSealedSetting(row?.value)) {
      if (!this.vault) throw new VaultLockedError();
      return openSetting<Settings[K]>(row.value, this.vault.requireKey());
    }
    return row?.value as Settings[K] | undefined;
  }

  async set<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    const stored =
      this.vault?.active && PERSONAL_SETTINGS.includes(key)
        ? await sealSetting(value, this.vault.requireKey())
        : value;
    await this.db.settings.put({ key, value: stored });
  }

  async remove(key: SettingKey): Promise<void> {
    await this.db.settings.delete(key);
  }

  async all(): Promise<Partial<Settings>> {
    const rows = await this.db.settings.toArray();
    return Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Settings>;
  }

  live<K extends SettingKey>(key: K): Observable<Settings[K] | undefined> {
    return liveQuery(() => this.get(key));
  }
}
