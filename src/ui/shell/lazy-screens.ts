// Everything the app needs beyond the case list, in one chunk loaded on first use: the
// rules in use (with the core, the validators and the holiday data), the screens and the
// case list's checks. The first screen of a first visit does without all of it.
export { default as BulkImportPage } from '../bulk/BulkImportPage.svelte';
export { default as ClientReportsView } from '../report/ClientReportsView.svelte';
export { default as DraftCheckPage } from '../check/DraftCheckPage.svelte';
export { default as ReservationsPage } from '../reservations/ReservationsPage.svelte';
export { default as CaseEditorScreen } from './CaseEditorScreen.svelte';
export { default as EndpointSetting } from './EndpointSetting.svelte';
export { default as RulesMark } from './RulesMark.svelte';
export { RulesInUse } from './rules-in-use.svelte';
export { caseChecks } from '../../services/case-checks';
