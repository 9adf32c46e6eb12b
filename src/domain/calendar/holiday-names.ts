// The holiday data copies the Cabinet Office list, whose names are terse where the law is
// indirect. Applicants see these names as the reason a day is closed, so the unclear ones are
// spelled out here; every other name is passed through unchanged.

export interface HolidayName {
  readonly ja: string;
  readonly en: string;
}

export interface RawHoliday {
  readonly name: string;
  readonly name_en: string;
}

const SUBSTITUTE_SUFFIX = ' 振替休日';

// Days between two national holidays (祝日法 第3条第3項) are listed just as "休日", with the
// English "Citizen's Holiday" or, in 2019, only "Holiday".
const CITIZENS_HOLIDAY_JA = '休日';
const CITIZENS_HOLIDAY: HolidayName = { ja: '国民の休日', en: "Citizens' Holiday" };

// The two 2019 enthronement days were made holidays by a one-off act and are listed only as
// "休日（祝日扱い）" / "Holiday", which tells an applicant nothing.
const ONE_OFF: Readonly<Record<string, HolidayName>> = {
  '2019-05-01': { ja: '天皇の即位の日', en: "Day of the Emperor's Enthronement" },
  '2019-10-22': {
    ja: '即位礼正殿の儀の行われる日',
    en: 'Day of the Enthronement Ceremony',
  },
};

function tidy(en: string): string {
  // One entry (大喪の礼, 1989) carries a stray full stop.
  return en.trim().replace(/\.$/, '');
}

/**
 * Display names keyed by YYYY-MM-DD. Substitute holidays are all "Holiday in lieu" in English,
 * so the English name of the replaced holiday is looked up from the Japanese prefix.
 */
export function holidayNames(raw: ReadonlyMap<string, RawHoliday>): Map<string, HolidayName> {
  const enByJa = new Map<string, string>();
  for (const h of raw.values()) {
    if (!h.name.endsWith(SUBSTITUTE_SUFFIX)) enByJa.set(h.name, tidy(h.name_en));
  }

  const names = new Map<string, HolidayName>();
  for (const [date, h] of raw) {
    const oneOff = ONE_OFF[date];
    if (oneOff) {
      names.set(date, oneOff);
    } else if (h.name === CITIZENS_HOLIDAY_JA) {
      names.set(date, CITIZENS_HOLIDAY);
    } else if (h.name.endsWith(SUBSTITUTE_SUFFIX)) {
      const replaced = enByJa.get(h.name.slice(0, -SUBSTITUTE_SUFFIX.length));
      const en = replaced ? `Substitute holiday for ${replaced}` : 'Substitute holiday';
      names.set(date, { ja: h.name, en });
    } else {
      names.set(date, { ja: h.name, en: tidy(h.name_en) });
    }
  }
  return names;
}
