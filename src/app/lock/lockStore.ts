// The lock of the tablet (zustand): PIN set or not, locked or not, and handover to the inburgeraar.
import { create } from 'zustand';
import {
  attemptPin,
  countersChanged,
  isBlocked,
  type LockCounters,
  type PinOutcome,
} from '../../domain/lockPolicy';
import { loadHandover, saveHandover, type Handover } from '../../storage/handoverStore';
import { lockedPadExpected, rememberLockedPad } from '../../storage/lockHint';
import { PinStore } from '../../storage/pinStore';
import { fetchOnce } from '../fetchOnce';
import { AHEAD_AT_THE_LATEST_MS, whenTouchedOr } from '../firstTouch';

/** The case repository (and Yjs): not part of the PIN pad's start, loaded once in the background and kept. */
const loadCaseServices = fetchOnce(() => import('../caseServices'));
/**
 * The tablet's database (Dexie) and session: not in the start's code either. The locked pad shows before they are
 * loaded (lockHint.ts); the lock's reading of the tablet (init) loads them, and every action waits for that reading.
 */
const loadStorage = fetchOnce(() =>
  import('../coreServices').then(({ db, session }) => ({ db, session, pins: new PinStore(db) })),
);

export type UnlockResult = PinOutcome | { kind: 'wiped'; kept: number };

interface LockState {
  ready: boolean;
  hasPin: boolean;
  locked: boolean;
  handover: Handover | null;
  /** In handover: the consultant asked to take the tablet back and must enter the PIN. */
  exitRequested: boolean;
  counters: LockCounters;
  /** Reads the lock's state from the tablet once (again only after a failure); every call gets that one reading. */
  init(): Promise<void>;
  setPin(pin: string): Promise<void>;
  tryPin(pin: string): Promise<UnlockResult>;
  lock(): void;
  startHandover(caseId: string, conversationId: string): Promise<void>;
  requestExit(): void;
  cancelExit(): void;
  /** The handed-over conversation no longer exists (deleted on the server). */
  endHandover(): Promise<void>;
}

/** The last start found a PIN and no handover: the locked PIN pad shows at once (storage/lockHint.ts). */
const padAtOnce = lockedPadExpected();

export const useLockStore = create<LockState>((set, get) => ({
  ready: padAtOnce,
  hasPin: padAtOnce,
  locked: true,
  handover: null,
  exitRequested: false,
  counters: { failedAttempts: 0 },
  init: fetchOnce(async () => {
    const { db, pins } = await loadStorage();
    const [hasPin, handover, counters] = await Promise.all([
      pins.hasPin(),
      loadHandover(db),
      pins.counters(),
    ]);
    // The locked pad shown before this reading (padAtOnce) and what the tablet holds agree: no re-render.
    const shown = get();
    const asShown =
      shown.ready &&
      shown.hasPin === hasPin &&
      !handover &&
      !shown.handover &&
      shown.locked &&
      !countersChanged(shown.counters, counters);
    // In handover the inburgeraar keeps his conversation after a reload; otherwise the app starts locked.
    if (!asShown) set({ ready: true, hasPin, handover, counters, locked: hasPin && !handover });
    // Fetched ahead, while the server or the service worker can still give it (a PIN wipe may come offline),
    // once the pad is used or a few seconds after it shows: the pad itself stays quiet.
    whenTouchedOr(AHEAD_AT_THE_LATEST_MS, () => void loadCaseServices().catch(() => undefined));
  }),
  setPin: async (pin) => {
    const { pins } = await loadStorage();
    await pins.setPin(pin);
    await pins.saveCounters({ failedAttempts: 0 });
    set({ hasPin: true, locked: false, counters: { failedAttempts: 0 } });
  },
  tryPin: async (pin) => {
    // The pad may show before the tablet's reading (padAtOnce): a try counts against the stored counters.
    await get()
      .init()
      .catch(() => undefined);
    const { db, session, pins } = await loadStorage();
    const now = new Date().toISOString();
    const current = get().counters;
    const right = isBlocked(current, now) ? false : await pins.verify(pin);
    const outcome = attemptPin(current, right, now);
    // Stored before the outcome shows (a wrong PIN counts even if the app is closed at once); the right PIN
    // after none wrong changes nothing, and Enter goes straight on.
    if (countersChanged(current, outcome.counters)) await pins.saveCounters(outcome.counters);
    set({ counters: outcome.counters });
    if (outcome.kind === 'unlocked') {
      const leavingHandover = get().exitRequested;
      if (leavingHandover) await saveHandover(db, null);
      set({ locked: false, exitRequested: false, ...(leavingHandover ? { handover: null } : {}) });
    }
    if (outcome.kind === 'wipe') {
      // Loaded in the background at init (loadCaseServices), so the wipe works with the server gone too.
      const { cases } = await loadCaseServices();
      const { kept } = await cases.wipeSynced('pin-wipe');
      // The session would give whoever holds the tablet every case of the municipality again.
      await session.logout();
      await saveHandover(db, null);
      set({ handover: null, exitRequested: false, locked: true, hasPin: await pins.hasPin() });
      return { kind: 'wiped', kept: kept.length };
    }
    return outcome;
  },
  lock: () => set({ locked: true }),
  startHandover: async (caseId, conversationId) => {
    const handover = { caseId, conversationId, since: new Date().toISOString() };
    const { db } = await loadStorage();
    await saveHandover(db, handover);
    set({ handover, exitRequested: false });
  },
  requestExit: () => set({ exitRequested: true }),
  endHandover: async () => {
    if (!get().handover) return;
    const { db } = await loadStorage();
    await saveHandover(db, null);
    // The tablet was with the inburgeraar: it goes back to the consultant only with the PIN.
    set({ handover: null, exitRequested: false, locked: true });
  },
  cancelExit: () => set({ exitRequested: false }),
}));

// The next start shows the locked pad at once when this one ends with a PIN and no handover.
let remembered: boolean | undefined;
useLockStore.subscribe(({ ready, hasPin, handover }) => {
  const expected = ready && hasPin && !handover;
  if (expected === remembered) return;
  remembered = expected;
  rememberLockedPad(expected);
});
