import { MediaQuery } from 'svelte/reactivity';

/** Phone widths, where the calendar shows one day at a time. */
const NARROW = '(max-width: 40rem)';

/**
 * Whether the screen is phone-narrow, following resizes. Where the environment has no
 * media queries (a test DOM) the wide layout is used.
 */
export function narrowScreen(): { readonly current: boolean } {
  return typeof globalThis.matchMedia === 'function' ? new MediaQuery(NARROW) : { current: false };
}
