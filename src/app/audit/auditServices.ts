// The single instance that sends the tablet's own audit log to the server, following the session like the media
// sync: it runs while signed in and rests otherwise (the entries wait on the tablet).
import { createAuditUpload } from '../../sync/auditUpload';
import type { SessionState } from '../../sync/session';
import { db, session } from '../coreServices';

export const auditUpload = createAuditUpload({
  baseUrl: location.origin,
  getAccessToken: () => session.getAccessToken(),
  db,
  onDeviceRevoked: () => session.markRevoked(),
});

let following: (() => void) | null = null;

/**
 * Sends the tablet's audit entries while it has a signed-in session: at once, every minute, when the network
 * returns and shortly after a new entry. Call once at start-up.
 */
export const startAuditUpload = (): void => {
  if (following) return;
  const follow = (state: SessionState) =>
    state.status === 'signed-in' ? auditUpload.start() : auditUpload.stop();
  following = session.subscribe(follow);
  follow(session.getState());
};

/** Sends what is still waiting, as far as it can (before a retired tablet wipes itself); never throws. */
export const sendTabletAuditNow = async (): Promise<void> => {
  await auditUpload.syncNow().catch(() => undefined);
};
