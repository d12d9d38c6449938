// Who is writing on this tablet right now: stored with every answer and note (tablet and consultant).
import type { AnswerAuthor } from '../domain/types';
import { loadTabletId, savedDeviceName } from '../storage/tabletIdentity';
import { db, session } from './coreServices';

let tabletId: string | undefined;

/** Reads (or makes) this tablet's own id; called once at start. */
export const loadAuthor = async (): Promise<void> => {
  tabletId = await loadTabletId(db);
};

export const currentAuthor = (): AnswerAuthor => {
  const state = session.getState();
  const deviceName = savedDeviceName();
  return {
    deviceId: state.status === 'signed-in' ? state.deviceId : (tabletId ?? 'this-tablet'),
    ...(deviceName ? { deviceName } : {}),
    ...(state.status !== 'signed-out' ? { user: state.user.email } : {}),
  };
};
