/** The periodic background sync tag the service worker answers with a reminder round. */
export const PERIODIC_TAG = 'zairyu-reminders';
