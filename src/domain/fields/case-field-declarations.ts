import { m } from '../../i18n/paraglide/messages.js';
import { catalogued } from './catalogued';
import {
  always,
  companionHost,
  procedureAndChannelKnown,
  reentryFiled,
} from '../questions/applicability';
import type { DraftField } from './draft-field';

/** What is filed, how, and with what: asked before anything about the person. */
export const CASE_FIELD_DECLARATIONS: readonly DraftField[] = [
  {
    pointer: '/procedure',
    fact: 'procedure',
    label: catalogued(m.field_procedure),
    type: 'string',
    list: 'procedures',
    question: { kind: 'select', group: 'case', applies: always },
    csv: { key: 'procedure', ja: '申請の種類', aliases: ['申請種別', '手続'] },
  },
  {
    pointer: '/channel',
    fact: 'channel',
    label: catalogued(m.field_channel),
    type: 'string',
    list: 'channels',
    question: {
      kind: 'select',
      group: 'case',
      applies: always,
      options: {
        fixed: [
          { id: 'online', label: catalogued(m.field_channel_online) },
          { id: 'counter', label: catalogued(m.field_channel_counter) },
        ],
      },
    },
    csv: { key: 'channel', ja: '申請方法', cell: { choice: 'channel' } },
  },
  {
    pointer: '/withProcedures',
    fact: 'withProcedures',
    label: catalogued(m.field_withProcedures),
    type: 'list',
    list: 'procedures',
    missing: 'default',
    fallback: [],
    question: {
      kind: 'multi',
      group: 'case',
      applies: companionHost,
      options: { list: 'procedures', ids: ['extra_activity', 'reentry'] },
    },
    csv: {
      key: 'with_procedures',
      ja: '同時に申請する手続',
      aliases: ['同時申請', 'filed together'],
      cell: 'procedureList',
    },
  },
  {
    pointer: '/reentryKind',
    fact: 'reentryKind',
    label: catalogued(m.field_reentryKind),
    type: 'string',
    question: {
      kind: 'select',
      group: 'case',
      applies: reentryFiled,
      options: {
        fixed: [
          { id: 'single', label: catalogued(m.field_reentryKind_single) },
          { id: 'multiple', label: catalogued(m.field_reentryKind_multiple) },
        ],
      },
    },
    csv: { key: 'reentry_kind', ja: '再入国許可の種類', cell: { choice: 'reentryKind' } },
  },
  {
    pointer: '/bureau',
    fact: 'bureau',
    label: catalogued(m.field_bureau),
    type: 'string',
    list: 'bureaus',
    question: {
      kind: 'select',
      group: 'case',
      applies: always,
      // Where to go matters at the counter; online it is only asked when a rule needs it.
      askAlways: (ctx) => ctx.channel === 'counter',
    },
    csv: { key: 'bureau', ja: '申請先の地方局', aliases: ['地方出入国在留管理局', '管轄'] },
  },
  {
    pointer: '/receiptMethod',
    fact: 'receiptMethod',
    label: catalogued(m.field_receiptMethod),
    type: 'string',
    list: 'receiptMethods',
    missing: 'not_checked',
    question: { kind: 'select', group: 'case', applies: procedureAndChannelKnown },
    csv: { key: 'receipt_method', ja: '受領方法' },
  },
];
