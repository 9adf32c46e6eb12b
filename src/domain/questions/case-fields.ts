import { always, companionHost, procedureAndChannelKnown, reentryFiled } from './applicability';
import { fieldLabel } from './field-label';
import type { QuestionField } from './question-field';

const yes = () => true;

/** What is filed, how, and with what: asked before anything about the person. */
export const CASE_FIELDS: readonly QuestionField[] = [
  {
    pointer: '/procedure',
    kind: 'select',
    label: fieldLabel('/procedure'),
    group: 'case',
    options: { list: 'procedures' },
    applies: always,
    askAlways: yes,
  },
  {
    pointer: '/channel',
    kind: 'select',
    label: fieldLabel('/channel'),
    group: 'case',
    options: {
      fixed: [
        { id: 'online', label: { ja: 'オンライン申請', en: 'Online' } },
        { id: 'counter', label: { ja: '窓口申請', en: 'At the counter' } },
      ],
    },
    applies: always,
    askAlways: yes,
  },
  {
    pointer: '/withProcedures',
    kind: 'multi',
    label: fieldLabel('/withProcedures'),
    group: 'case',
    options: { list: 'procedures', ids: ['extra_activity', 'reentry'] },
    applies: companionHost,
    askAlways: yes,
  },
  {
    pointer: '/reentryKind',
    kind: 'select',
    label: fieldLabel('/reentryKind'),
    group: 'case',
    options: {
      fixed: [
        { id: 'single', label: { ja: '一回限り', en: 'Single' } },
        { id: 'multiple', label: { ja: '数次', en: 'Multiple' } },
      ],
    },
    applies: reentryFiled,
    askAlways: yes,
  },
  {
    pointer: '/bureau',
    kind: 'select',
    label: fieldLabel('/bureau'),
    group: 'case',
    options: { list: 'bureaus' },
    applies: always,
    // Where to go matters at the counter; online it is only asked when a rule needs it.
    askAlways: (ctx) => ctx.channel === 'counter',
  },
  {
    pointer: '/receiptMethod',
    kind: 'select',
    label: fieldLabel('/receiptMethod'),
    group: 'case',
    options: { list: 'receiptMethods' },
    applies: procedureAndChannelKnown,
    askAlways: yes,
  },
];
