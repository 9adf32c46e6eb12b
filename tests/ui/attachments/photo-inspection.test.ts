import { describe, expect, it } from 'vitest';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { readImageSize } from '../../../src/ui/attachments/photo/image-size';
import { inspectPhoto } from '../../../src/ui/attachments/photo/inspect-photo';
import { exifDate } from '../../../src/ui/attachments/photo/photo-exif';
import { aspectRatio, photoSizeMm, toPhoto } from '../../../src/ui/attachments/photo/to-photo';
import { jpegBytes } from '../../fixtures/jpeg-bytes';
import { pngBytes } from '../../fixtures/png-bytes';

describe('reading the face photo', () => {
  it('reads the pixel size of a PNG and a JPEG from their headers', () => {
    expect(readImageSize(pngBytes(354, 472))).toEqual({ format: 'png', width: 354, height: 472 });
    expect(readImageSize(jpegBytes(600, 800))).toEqual({ format: 'jpeg', width: 600, height: 800 });
  });

  it('tells empty, non-image and broken files apart', () => {
    expect(readImageSize(new Uint8Array(0))).toBe('empty');
    expect(readImageSize(new TextEncoder().encode('GIF89a...'))).toBe('not_image');
    expect(readImageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBe('corrupt');
    expect(readImageSize(pngBytes(10, 10).subarray(0, 20))).toBe('corrupt');
  });

  it('takes the date from EXIF DateTimeOriginal, as written, without a time-zone shift', async () => {
    const photo = jpegBytes(600, 800, { dateTimeOriginal: '2026:10:01 00:30:00' });
    expect(await inspectPhoto(photo)).toEqual({
      verdict: 'ok',
      bytes: photo.length,
      format: 'jpeg',
      widthPx: 600,
      heightPx: 800,
      takenOn: '2026-10-01',
    });
  });

  it('turns the size for a photo stored sideways (EXIF orientation 6)', async () => {
    const photo = jpegBytes(800, 600, { dateTimeOriginal: '2026:09:30 12:00:00', orientation: 6 });
    expect(await inspectPhoto(photo)).toMatchObject({ widthPx: 600, heightPx: 800 });
  });

  it('asks for the date when there is none or the camera clock was unset', async () => {
    expect((await inspectPhoto(pngBytes(300, 400))).takenOn).toBeNull();
    const unset = jpegBytes(300, 400, { dateTimeOriginal: '0000:00:00 00:00:00' });
    expect((await inspectPhoto(unset)).takenOn).toBeNull();
    expect(exifDate('2026:02:30 10:00:00')).toBeNull();
    expect(exifDate('2024:02:29 10:00:00')).toBe('2024-02-29');
  });
});

describe('mapping the photo to the draft', () => {
  it('scales to 40 mm high so the aspect is the file’s own', () => {
    expect(photoSizeMm(600, 800)).toEqual({ widthMm: 30, heightMm: 40 });
    expect(photoSizeMm(413, 531)).toEqual({ widthMm: 31.11, heightMm: 40 });
    expect(aspectRatio(600, 800)).toBeCloseTo(4 / 3, 10);
  });

  it('lets a typed date win over EXIF and leaves out what is unknown', () => {
    const inspection = {
      verdict: 'ok' as const,
      bytes: 1234,
      format: 'png' as const,
      widthPx: 300,
      heightPx: 400,
      takenOn: null,
    };
    expect(toPhoto(inspection)).toEqual({
      widthMm: 30,
      heightMm: 40,
      bytes: 1234,
      widthPx: 300,
      heightPx: 400,
      format: 'png',
    });
    expect(toPhoto(inspection, '', 'face.png')?.name).toBe('face.png');
    expect(toPhoto({ ...inspection, takenOn: '2026-09-01' }, '2026-10-02')?.takenOn).toBe(
      '2026-10-02',
    );
    expect(toPhoto({ verdict: 'not_image', bytes: 9, takenOn: null })).toBeNull();
  });

  it('feeds the rules: a landscape photo gets the aspect finding, a 3:4 portrait does not', async () => {
    const service = new DraftCheckService();
    const ids = async (widthPx: number, heightPx: number) => {
      const photo = toPhoto(await inspectPhoto(pngBytes(widthPx, heightPx)), '2026-11-01');
      const outcome = await service.check(
        { channel: 'online', procedure: 'extension', photo },
        '2026-11-24T10:00:00+09:00',
        'en',
      );
      if (outcome.kind !== 'report') throw new Error(JSON.stringify(outcome.errors));
      return outcome.report.findings.map((f) => f.id);
    };
    expect(await ids(300, 400)).not.toContain('attachments.photo_aspect');
    expect(await ids(400, 300)).toContain('attachments.photo_aspect');
  });
});
