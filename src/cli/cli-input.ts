import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../domain/model/localized';
import { nowInTokyo, parseInstant } from '../domain/time/tokyo-time';
import type { Temporal } from '@js-temporal/polyfill';

/** Exit code 2 with the message on stderr: the contract of every command for bad input. */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

export interface CommandInput {
  file: string;
  json: unknown;
  instant: Temporal.ZonedDateTime;
  lang: Lang;
  /** Values of the command's own string options. */
  options: Record<string, string | undefined>;
}

/**
 * Reads `<file> [--<instantOption> <ISO instant>] [--lang ja|en]`: the JSON file, the
 * instant (default now in Asia/Tokyo) and the language, failing with exit 2 on any problem.
 */
export function readCommandInput(
  instantOption: string,
  what: string,
  usage: string,
  extraOptions: readonly string[] = [],
): CommandInput {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: {
          [instantOption]: { type: 'string' },
          lang: { type: 'string', default: 'ja' },
          ...Object.fromEntries(extraOptions.map((o) => [o, { type: 'string' as const }])),
        },
      });
    } catch (e) {
      return fail(`${(e as Error).message}\n${usage}`);
    }
  })();
  const file = positionals[0] ?? fail(`missing the ${what} file\n${usage}`);
  if (positionals.length > 1) {
    fail(`one ${what} file only, not ${positionals.length} (${positionals.join(', ')})\n${usage}`);
  }
  const lang = values.lang;
  if (!isLang(lang)) fail(`--lang must be ja or en, not "${String(lang)}"`);
  const given = values[instantOption];
  let instant: Temporal.ZonedDateTime;
  try {
    instant = typeof given === 'string' ? parseInstant(given) : nowInTokyo();
  } catch (e) {
    fail(`--${instantOption}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: cannot read a JSON ${what}: ${(e as Error).message}`);
  }
  const options = Object.fromEntries(extraOptions.map((o) => [o, values[o] as string | undefined]));
  return { file, json, instant, lang, options };
}
