import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';

const dir = mkdtempSync(join(tmpdir(), 'reserve-cli-'));

function reserve(request: unknown, ...args: string[]) {
  const file = join(dir, `request-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof request === 'string' ? request : JSON.stringify(request));
  const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [join(PROJECT_ROOT, 'src/cli/reserve.ts'), file, ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const booking = {
  system: 'tokyo_application',
  action: 'book',
  filer: { category: 'lawyer', credential: { kind: 'notified_certificate' } },
  existing: [
    { id: 'a', date: '2020-12-10', time: '10:00', cases: [{ procedure: 'extension' }] },
    { id: 'b', date: '2020-12-11', time: '09:00', cases: [{ procedure: 'extension' }] },
  ],
  booking: { date: '2020-12-15', time: '09:00', cases: [{ procedure: 'extension' }] },
};

describe('npm run reserve', { timeout: 60_000 }, () => {
  it('exit 0 and the reply when the booking is allowed', () => {
    const run = reserve(booking, '--at', '2020-12-07T12:00:00+09:00', '--lang', 'en');
    expect(run.code).toBe(0);
    const reply = JSON.parse(run.stdout);
    expect(reply.allowed).toBe(true);
    expect(reply.bookableDays).toEqual([
      '2020-12-09',
      '2020-12-10',
      '2020-12-11',
      '2020-12-14',
      '2020-12-15',
    ]);
    expect(reply.deadlines).toMatchObject({
      book: '2020-12-14T11:59+09:00',
      cancel: '2020-12-13T18:00+09:00',
    });
  });

  it('exit 1 with the reasons when it is not allowed', () => {
    const run = reserve(booking, '--at', '2020-12-07T11:00:00+09:00');
    expect(run.code).toBe(1);
    const ids = JSON.parse(run.stdout).findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('tokyo_reservation.day_not_yet_bookable');
  });

  it('exit 2 naming the field of an invalid request', () => {
    const run = reserve({ ...booking, booking: { ...booking.booking, time: '9:00' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/booking/time');
    expect(run.stdout).toBe('');
  });

  it('exit 2 for a target that does not exist', () => {
    const run = reserve({ ...booking, action: 'cancel', booking: undefined, target: 'zz' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/target');
  });

  it('exit 2 for an unreal date, unreadable JSON or a bad --at', () => {
    const bad = reserve({ ...booking, booking: { ...booking.booking, date: '2021-02-30' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('/booking/date');
    expect(reserve('{not json').code).toBe(2);
    expect(reserve(booking, '--at', 'tomorrow').stderr).toContain('--at');
  });
});
