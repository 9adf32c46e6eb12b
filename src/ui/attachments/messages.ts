import type { Localized } from '../../domain/model/localized';
import type { PdfRestriction, PdfVerdict } from '../../pdf/pdf-inspection';
import type { PhotoVerdict } from './photo/inspect-photo';

/** Texts of the attachment panel, in both languages. */
export const ATTACHMENT_TEXT = {
  heading: { ja: '添付ファイルの確認', en: 'Check the attachments' },
  privacy: {
    ja: 'ファイルはこのブラウザの中だけで調べます。どこにも送信しません。',
    en: 'Files are examined inside this browser only. Nothing is uploaded.',
  },
  documents: { ja: '資料（PDF）', en: 'Documents (PDF)' },
  pickPdf: { ja: 'PDFを選ぶ', en: 'Choose PDF files' },
  dropPdf: {
    ja: 'ここにPDFをドロップするか、ボタンで選んでください（複数可）。',
    en: 'Drop PDF files here or use the button (several at once).',
  },
  photo: { ja: '顔写真（JPEG・PNG）', en: 'Face photo (JPEG / PNG)' },
  pickPhoto: { ja: '写真を選ぶ', en: 'Choose the photo' },
  dropPhoto: {
    ja: 'ここに写真をドロップするか、ボタンで選んでください。',
    en: 'Drop the photo here or use the button.',
  },
  photoStandard: {
    ja: '縦4cm×横3cm（縦:横＝4:3）、申請前3か月以内に撮影、正面・無帽・無背景で鮮明なもの。',
    en: '4 cm high × 3 cm wide (height:width 4:3), taken within 3 months before filing, front view, no hat, plain background, sharp.',
  },
  inspecting: { ja: '確認中…', en: 'Inspecting…' },
  opening: { ja: 'ファイルを開いています', en: 'Opening the file' },
  pageOf: { ja: '{pages}ページ中 {page}ページ確認済み', en: '{page} of {pages} pages done' },
  stored: {
    ja: '以前に確認した結果（ファイルは保存されていません）',
    en: 'Result of an earlier check (the file itself is not kept)',
  },
  remove: { ja: '{name} を外す', en: 'Remove {name}' },
  removeShort: { ja: '外す', en: 'Remove' },
  pages: { ja: '{n}ページ', en: '{n} pages' },
  onePage: { ja: '1ページ', en: '1 page' },
  minDpi: { ja: '最低解像度 {dpi} dpi', en: 'lowest resolution {dpi} dpi' },
  noScans: { ja: 'スキャン画像なし', en: 'no scanned images' },
  encrypted: {
    ja: 'パスワード（暗号化）が設定されています',
    en: 'A password (encryption) is set',
  },
  restricted: { ja: '制限: {list}', en: 'Restricted: {list}' },
  fine: { ja: 'パスワード・制限なし', en: 'No password, no restrictions' },
  notCounted: {
    ja: 'このファイルは資料として数えません。正しいPDFに差し替えてください。',
    en: 'This file is not counted as a document: replace it with a proper PDF.',
  },
  photoSize: { ja: '{w} × {h} ピクセル', en: '{w} × {h} pixels' },
  photoAspect: {
    ja: '縦:横 = {ratio}（4:3 は 1.333）',
    en: 'height:width = {ratio} (4:3 is 1.333)',
  },
  takenOn: { ja: '撮影日', en: 'Date taken' },
  takenOnExif: { ja: 'ファイルのExif情報から読み取りました。', en: 'Read from the file (EXIF).' },
  takenOnAsk: {
    ja: 'ファイルに撮影日がありません。撮影日を入力してください。',
    en: 'The file does not say when it was taken: enter the date.',
  },
  bytes: { ja: '{size}（{bytes} バイト）', en: '{size} ({bytes} bytes)' },
  bytesOnly: { ja: '{bytes} バイト', en: '{bytes} bytes' },
} satisfies Record<string, Localized>;

export const PDF_VERDICT_TEXT: Record<Exclude<PdfVerdict, 'ok'>, Localized> = {
  password_protected: {
    ja: 'パスワードで保護されていて開けません。オンライン申請では受け付けられないため、パスワードを外して保存し直してください。',
    en: 'Password-protected: it cannot be opened, and the online system refuses it. Save it again without a password.',
  },
  not_pdf: {
    ja: 'PDFではありません（中身がPDF形式ではありません）。PDFに変換してください。',
    en: 'Not a PDF (the content is not in PDF format). Convert it to PDF.',
  },
  empty: { ja: '空のファイルです（0バイト）。', en: 'Empty file (0 bytes).' },
  corrupt: {
    ja: 'PDFが壊れていて読めません。保存またはスキャンをやり直してください。',
    en: 'The PDF is damaged and cannot be read. Save or scan it again.',
  },
  too_large: {
    ja: '大きすぎるため確認しません（200MB超）。',
    en: 'Too large to examine here (over 200 MB).',
  },
  timeout: {
    ja: '時間内に確認が終わりませんでした。壊れているか極端に複雑なPDFです。保存し直して再度お試しください。',
    en: 'The check did not finish in time: the PDF is damaged or unusually complex. Save it again and retry.',
  },
  failed: {
    ja: 'このブラウザでは確認できませんでした。ページを再読み込みして、もう一度お試しください。',
    en: 'This browser could not examine the file. Reload the page and try again.',
  },
};

export const PHOTO_VERDICT_TEXT: Record<Exclude<PhotoVerdict, 'ok'>, Localized> = {
  empty: { ja: '空のファイルです（0バイト）。', en: 'Empty file (0 bytes).' },
  not_image: {
    ja: 'JPEGでもPNGでもありません。JPEGまたはPNGで保存してください。',
    en: 'Neither JPEG nor PNG. Save the photo as JPEG or PNG.',
  },
  corrupt: {
    ja: '画像が壊れていて大きさを読めません。保存し直してください。',
    en: 'The image is damaged: its size cannot be read. Save it again.',
  },
};

export const RESTRICTION_TEXT: Record<PdfRestriction, Localized> = {
  print: { ja: '印刷禁止', en: 'printing' },
  print_high_quality: { ja: '高品質印刷禁止', en: 'high-quality printing' },
  copy: { ja: 'コピー禁止', en: 'copying' },
  copy_for_accessibility: { ja: 'アクセシビリティ用抽出禁止', en: 'extraction for accessibility' },
  modify: { ja: '変更禁止', en: 'changes' },
  annotate: { ja: '注釈禁止', en: 'comments' },
  fill_forms: { ja: 'フォーム入力禁止', en: 'form filling' },
  assemble: { ja: 'ページ組み替え禁止', en: 'page assembly' },
};

/** Fills {name} placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, key: string) => String(values[key] ?? all));
}

/** Sizes as the limits count them (1 MB = 1,000,000 bytes), with the exact byte count. */
export function sizeText(bytes: number, lang: 'ja' | 'en'): string {
  const exact = bytes.toLocaleString('en-US');
  if (bytes < 1000) return fill(ATTACHMENT_TEXT.bytesOnly[lang], { bytes: exact });
  const size =
    bytes < 1_000_000
      ? `${Math.round(bytes / 1000)} KB`
      : `${(Math.round(bytes / 100_000) / 10).toFixed(1)} MB`;
  return fill(ATTACHMENT_TEXT.bytes[lang], { size, bytes: exact });
}
