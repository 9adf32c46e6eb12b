/**
 * Window event sent by the reminder switch once notification permission is given, so the
 * app starts its reminder rounds without a reload. A module of its own: the app listens for it
 * without loading the reminders until they are on.
 */
export const REMINDERS_ON = 'zairyu-reminders-on';

/**
 * Window event sent once the case list has stored fresh case states: reminders read those,
 * so a round that ran before the first check finished (a new day, a first visit) runs again.
 */
export const CASE_STATES_STORED = 'zairyu-case-states-stored';
