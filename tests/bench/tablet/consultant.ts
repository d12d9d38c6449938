// What the tablet benches (tablet.bench.ts, caselist.bench.ts) share: the tablet's slowed CPU, how a consultant
// types, and the targets of the case list with many cases.
export const CPU_SLOWDOWN = 4;
/** The PIN is typed as a person does: a digit every this many ms once the lock screen shows, then ✓. */
export const PIN_KEY_INTERVAL_MS = 300;
/** What the consultant types in the search, a key at a time, this many ms apart (a quick typist). */
export const QUERY = 'samira h';
export const KEY_INTERVAL_MS = 120;
/** Enter on the PIN pad → the list of many cases painted. */
export const ENTER_TARGET_MS = 300;
/** The last keystroke of a search → its result painted. */
export const SEARCH_TARGET_MS = 100;
