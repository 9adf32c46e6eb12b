import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import holidayJp from '@holiday-jp/holiday_jp';
import { holidayDataCode } from '../domain/calendar/holiday-data-code';
import { PROJECT_ROOT } from './project-root';

/** The package and version the holiday data comes from, as installed. */
function holidaySource(): string {
  const manifest = join(PROJECT_ROOT, 'node_modules/@holiday-jp/holiday_jp/package.json');
  const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    name: string;
    version: string;
  };
  return `${name} ${version}`;
}

/** The calendar's holiday data file as the installed package gives it. */
export function expectedHolidayData(): string {
  return holidayDataCode(holidayJp.holidays, holidaySource());
}
