import type { Attachment, Photo } from '../../domain/model/draft';
import type { PdfInspection, PdfProgress } from '../../pdf/pdf-inspection';
import { toAttachment } from '../../pdf/to-attachment';
import type { AttachmentInspector } from './attachment-inspector';
import type { PhotoInspection } from './photo/inspect-photo';
import { toPhoto } from './photo/to-photo';

/** What the panel hands to the draft; undefined = nothing checked yet (the rules stay silent). */
export interface AttachmentValue {
  attachments: Attachment[] | undefined;
  photo: Photo | undefined;
}

/** A PDF being inspected or inspected, or an earlier result kept in the draft without its file. */
export interface PdfEntry {
  key: number;
  name: string;
  bytes: number;
  progress: PdfProgress | null;
  result: PdfInspection | null;
  stored: Attachment | null;
}

export interface PhotoEntry {
  key: number;
  name: string;
  bytes: number;
  result: PhotoInspection | null;
  stored: Photo | null;
  /** The date the user typed (YYYY-MM-DD); wins over EXIF. */
  typedTakenOn: string;
}

/** The panel's files and their verdicts; every change that alters the value is emitted. */
export class AttachmentPanelState {
  pdfs = $state<PdfEntry[]>([]);
  photo = $state<PhotoEntry | null>(null);
  private nextKey = 1;

  constructor(
    private readonly inspector: AttachmentInspector,
    private readonly emit: (value: AttachmentValue) => void,
    initial: Partial<AttachmentValue> = {},
  ) {
    for (const stored of initial.attachments ?? []) {
      this.pdfs.push({ ...this.blank(stored.name, stored.bytes), stored });
    }
    if (initial.photo) {
      const { takenOn = '', bytes = 0, name = '' } = initial.photo;
      this.photo = {
        key: 0,
        name,
        bytes,
        result: null,
        stored: initial.photo,
        typedTakenOn: takenOn,
      };
    }
  }

  /** A plain copy (no state proxies), safe to store in IndexedDB or post to a worker. */
  get value(): AttachmentValue {
    const attachments = this.pdfs
      .map((e) => e.stored ?? (e.result ? toAttachment(e.name, e.result) : null))
      .filter((a): a is Attachment => a !== null);
    return $state.snapshot({
      attachments: this.pdfs.length === 0 ? undefined : attachments,
      photo: this.photoValue() ?? undefined,
    });
  }

  get busy(): boolean {
    const photo = this.photo;
    return (
      this.pdfs.some((e) => !e.result && !e.stored) || (!!photo && !photo.result && !photo.stored)
    );
  }

  addPdfs(files: Iterable<File>): Promise<void[]> {
    const jobs = [...files].map((file) => {
      const key = this.nextKey++;
      this.pdfs.push(this.blank(file.name, file.size, key));
      const entry = () => this.pdfs.find((e) => e.key === key);
      const onProgress = (p: PdfProgress) => {
        const e = entry();
        if (e) e.progress = p;
      };
      return this.inspector.inspectPdf(file, onProgress).then((result) => {
        const e = entry();
        if (!e) return; // removed while it was being inspected
        e.result = result;
        this.changed();
      });
    });
    return Promise.all(jobs);
  }

  removePdf(key: number): void {
    this.pdfs = this.pdfs.filter((e) => e.key !== key);
    this.changed();
  }

  async setPhoto(file: File): Promise<void> {
    const key = this.nextKey++;
    this.photo = {
      key,
      name: file.name,
      bytes: file.size,
      result: null,
      stored: null,
      typedTakenOn: '',
    };
    const result = await this.inspector.inspectPhoto(file);
    if (this.photo?.key !== key) return; // replaced or removed meanwhile
    this.photo.result = result;
    this.photo.typedTakenOn = result.takenOn ?? '';
    this.changed();
  }

  removePhoto(): void {
    this.photo = null;
    this.changed();
  }

  setTakenOn(date: string): void {
    if (!this.photo) return;
    this.photo.typedTakenOn = date;
    if (this.photo.stored) {
      const stored: Photo = { ...this.photo.stored, takenOn: date };
      if (!date) delete stored.takenOn;
      this.photo.stored = stored;
    }
    this.changed();
  }

  private photoValue(): Photo | null {
    const p = this.photo;
    if (!p) return null;
    if (p.stored) return p.stored;
    return p.result ? toPhoto(p.result, p.typedTakenOn, p.name) : null;
  }

  private blank(name: string, bytes: number, key = this.nextKey++): PdfEntry {
    return { key, name, bytes, progress: null, result: null, stored: null };
  }

  private changed(): void {
    this.emit(this.value);
  }
}
