// Message functions read the language from language.svelte.ts, which must be set up first.
import './language.svelte';

export { m } from '../../i18n/paraglide/messages.js';

/** A text kept in state is kept as a function, so it follows a change of language. */
export type Text = () => string;

/** A text that is the same in both languages (an error message from outside). */
export const verbatim =
  (text: string): Text =>
  () =>
    text;
