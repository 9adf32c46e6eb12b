/**
 * Window event sent by the reminder switch once notification permission is given, so the
 * app starts its reminder rounds without a reload. A module of its own: the app listens for it
 * without loading the reminders until they are on.
 */
export const REMINDERS_ON = 'zairyu-reminders-on';
