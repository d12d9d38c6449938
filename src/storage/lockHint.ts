// What the tablet's last reading of its lock found, kept in localStorage (read synchronously at start), so the next
// start can show the PIN pad before IndexedDB has opened (a cold browser takes a fifth of a second for that). Only
// "a PIN is set and the tablet is not handed over" is remembered: the locked pad, the most closed screen. Anything
// else waits for the tablet's own reading, as does everything the pad does (see lockStore).
const KEY = 'samenspraak-locked-pad';

export const lockedPadExpected = (): boolean => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

export const rememberLockedPad = (expected: boolean): void => {
  try {
    if (expected) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the next start waits for IndexedDB, as a first start does.
  }
};
