import type { Localized } from '../../domain/model/localized';

/** Texts of the case list (the agent's dashboard), in both languages. */
export const CASES_TEXT = {
  heading: { ja: '案件一覧', en: 'Cases' },
  newCase: { ja: '新しい案件', en: 'New case' },
  open: { ja: '開く', en: 'Open' },
  duplicate: { ja: '複製', en: 'Duplicate' },
  delete: { ja: '削除', en: 'Delete' },
  confirmDelete: {
    ja: 'この案件を削除しますか？元に戻せません。',
    en: 'Delete this case? This cannot be undone.',
  },
  confirmDeleteYes: { ja: '削除する', en: 'Delete' },
  cancel: { ja: 'やめる', en: 'Cancel' },
  actionsFor: { ja: '操作', en: 'Actions for' },
  search: { ja: '検索（名前・手続）', en: 'Search (name, procedure)' },
  procedure: { ja: '手続', en: 'Procedure' },
  anyProcedure: { ja: 'すべての手続', en: 'All procedures' },
  noProcedure: { ja: '手続未選択', en: 'No procedure yet' },
  state: { ja: '状態', en: 'State' },
  anyState: { ja: 'すべての状態', en: 'All states' },
  checking: { ja: '確認中…', en: 'Checking…' },
  sort: { ja: '並び順', en: 'Sort by' },
  sortDeadline: { ja: '締切が近い順', en: 'Nearest deadline' },
  sortUpdated: { ja: '更新が新しい順', en: 'Recently updated' },
  sortTitle: { ja: '名前順', en: 'Name' },
  deadline: { ja: '締切', en: 'Deadline' },
  noDeadline: { ja: '期限なし', en: 'No deadline' },
  updated: { ja: '更新', en: 'Updated' },
  untitled: { ja: '（名前なし）', en: '(untitled)' },
  copySuffix: { ja: '（コピー）', en: ' (copy)' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  empty: {
    ja: '案件はまだありません。「新しい案件」から作成してください。',
    en: 'No cases yet. Start with "New case".',
  },
  noMatch: { ja: '条件に合う案件はありません。', en: 'No case matches the filters.' },
  backup: { ja: 'バックアップ', en: 'Backup' },
  exportBackup: { ja: 'バックアップを保存', en: 'Export backup' },
  importBackup: { ja: 'バックアップを読み込む', en: 'Import backup' },
  importRefused: {
    ja: 'バックアップを読み込めませんでした。データは変更していません。',
    en: 'The backup was not imported; nothing was changed.',
  },
  storage: { ja: '保存先', en: 'Storage' },
  persisted: {
    ja: '案件はこのブラウザに保存され、自動では削除されません。',
    en: 'Cases are kept in this browser and will not be cleared automatically.',
  },
  notPersisted: {
    ja: '案件はこのブラウザに保存されますが、容量不足のときブラウザが削除することがあります。定期的にバックアップを保存してください。',
    en: 'Cases are kept in this browser, which may clear them when space runs low. Export a backup regularly.',
  },
  asOf: { ja: '基準日', en: 'As of' },
} satisfies Record<string, Localized>;

export function countText(shown: number, total: number): Localized {
  return shown === total
    ? { ja: `${total}件`, en: total === 1 ? '1 case' : `${total} cases` }
    : { ja: `${total}件中${shown}件`, en: `${shown} of ${total} cases` };
}

export function importedText(added: number, replaced: number): Localized {
  return {
    ja: `${added + replaced}件を読み込みました（新規${added}件、置き換え${replaced}件）。`,
    en: `Imported ${added + replaced} cases (${added} new, ${replaced} replaced).`,
  };
}

export function deletedText(title: string): Localized {
  return { ja: `「${title}」を削除しました。`, en: `Deleted "${title}".` };
}

export function duplicatedText(title: string): Localized {
  return { ja: `「${title}」を作成しました。`, en: `Created "${title}".` };
}

export function exportedText(count: number, fileName: string): Localized {
  return {
    ja: `${count}件を ${fileName} に保存しました。`,
    en: `Saved ${count} cases to ${fileName}.`,
  };
}
