import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_HOLIDAYS } from '../domain/calendar/holiday-data-code';
import { expectedHolidayData } from './holiday-source';
import { PROJECT_ROOT } from './project-root';

// npm run holidays:code — rewrites the calendar's holiday data after a package upgrade.
writeFileSync(join(PROJECT_ROOT, GENERATED_HOLIDAYS), expectedHolidayData());
console.log(`${GENERATED_HOLIDAYS} written`);
