// The app's services around cases: the (loaded on demand) sync engine, retention and wiping; the database,
// session and REST clients (coreServices.ts) and the case repository (caseServices.ts) are re-exported here.
import { DEFAULT_RETENTION_DAYS } from '../domain/retention';
import { clearLocalSettings } from '../storage/deviceStorage';
import { readSetting, writeSetting } from '../storage/settings';
import type { SyncEngine } from '../sync/syncEngine';
import { cases } from './caseServices';
import { api, db, session } from './coreServices';
import { useAppStore } from './state/store';
import { isConversationRoute } from './state/route';

export { api, backoffice, db, session, settings } from './coreServices';
export { cases } from './caseServices';

// The sync engine (with the Hocuspocus provider) is its own chunk: the first screen does not wait for it.
let engine: Promise<SyncEngine> | null = null;
const syncEngine = (): Promise<SyncEngine> =>
  (engine ??= import('../sync/syncEngine').then(
    ({ SyncEngine }) =>
      new SyncEngine({
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`,
        api,
        session,
        cases,
        onConnectionChange: (status) => useAppStore.getState().setServerStatus(status),
        onCasesDownloaded: () =>
          void writeSetting(db, 'casesDownloadedAt', new Date().toISOString()),
        onCaseDeleted: (caseId) => void onCaseDeletedOnServer(caseId),
        onRetiring: () => useAppStore.getState().setRetiring(true),
        onRetired: () => void wipeWhenIdle('retired'),
        onContentChanged: () =>
          void import('./content/contentServices')
            .then((m) => m.refreshMunicipalContent())
            .catch(() => undefined),
        deletionCursor: {
          load: () => readSetting(db, 'deletionsSeenUntil'),
          save: (since) => writeSetting(db, 'deletionsSeenUntil', since),
        },
      }),
  ));

/** Restores the session and starts syncing when the tablet has one; follows later logins and logouts. */
export const startSync = async (): Promise<void> => {
  session.subscribe((state) => {
    useAppStore.getState().setSession(state);
    if (state.status === 'signed-in') void syncEngine().then((s) => s.start());
    else if (state.status === 'signed-out') void syncEngine().then((s) => s.stop());
    else if (state.status === 'revoked') void wipeTablet('revoked');
  });
  const state = await session.restore();
  if (state.status === 'signed-in') (await syncEngine()).start();
  // Recorded prompts and photos of the municipality follow the session by themselves.
  void import('./audio/mediaServices').then((m) => m.startMediaSync());
  // The municipality's own texts, figures and partners: what the tablet holds at once, then kept up to date.
  void import('./content/contentServices').then((m) => m.startContentSync());
  // The tablet's own audit entries (case opened, exported, wiped) reach the municipality's audit view.
  void import('./audit/auditServices').then((m) => m.startAuditUpload());
};

/** The case was erased on the server: if it is on screen, go home and say so calmly. */
const onCaseDeletedOnServer = async (caseId: string): Promise<void> => {
  const { route, navigate, showProblem } = useAppStore.getState();
  if ('caseId' in route && route.caseId === caseId) {
    const { useLockStore } = await import('./lock/lockStore');
    await useLockStore.getState().endHandover();
    navigate({ name: 'home' }, { replace: true });
    showProblem({ code: 'case-deleted' });
  }
};

/**
 * Everything the app keeps here is removed: revoked as lost or stolen (at once), or retired (once every
 * case is on the server). The next start says in plain words why the tablet is empty.
 */
const wipeTablet = async (why: 'revoked' | 'retired'): Promise<void> => {
  // A retired tablet may still talk to the server: its own audit entries go before it forgets them.
  if (why === 'retired') await import('./audit/auditServices').then((m) => m.sendTabletAuditNow());
  (await syncEngine()).stop();
  await cases.wipeEverything();
  clearLocalSettings();
  location.replace(`/?wiped=${why}`);
};

/** A retired tablet wipes itself, but not in the middle of a conversation: it waits until the consultant has it back. */
let retireWaiting: (() => void) | undefined;
const wipeWhenIdle = async (why: 'retired'): Promise<void> => {
  const { useLockStore } = await import('./lock/lockStore');
  const idle = () =>
    !isConversationRoute(useAppStore.getState().route) && !useLockStore.getState().handover;
  if (idle()) return void wipeTablet(why);
  const check = () => {
    if (!idle() || !retireWaiting) return;
    retireWaiting();
    retireWaiting = undefined;
    void wipeTablet(why);
  };
  if (retireWaiting) return;
  const unsubscribeApp = useAppStore.subscribe(check);
  const unsubscribeLock = useLockStore.subscribe(check);
  retireWaiting = () => {
    unsubscribeApp();
    unsubscribeLock();
  };
};

/** Local retention: synced cases untouched for the chosen number of days leave the tablet. */
export const purgeExpiredCases = async (): Promise<void> => {
  const days = (await readSetting(db, 'retentionDays')) ?? DEFAULT_RETENTION_DAYS;
  await cases.purgeExpired(days);
};

/** Keeps a case in sync: after a local save (changes waiting) or while it is open. */
export const keepInSync = (caseId: string): void => {
  if (session.getState().status !== 'signed-in') return;
  void syncEngine()
    .then((s) => s.track(caseId))
    .catch(() => undefined);
};
