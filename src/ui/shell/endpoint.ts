/** Stored in the endpointUrl setting when the user wants no endpoint at all. */
export const OFFLINE_ONLY = 'offline';

/** The sync adapter's baseUrl for a stored setting: "" is the built-in same-origin endpoint. */
export function endpointBase(setting: string | undefined): string | null {
  if (setting === OFFLINE_ONLY) return null;
  return (setting ?? '').replace(/\/+$/, '');
}
