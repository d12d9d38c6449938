// The single instances for municipality content media: the tablet's store of prompts/photos and their sync.
import { ContentMediaRepository } from '../../storage/media';
import { createMediaSync } from '../../sync/mediaSync';
import type { SessionState } from '../../sync/session';
import { db, session } from '../coreServices';

export const contentMedia = new ContentMediaRepository(db);

export const mediaSync = createMediaSync({
  baseUrl: location.origin,
  getAccessToken: () => session.getAccessToken(),
  store: contentMedia,
  onDeviceRevoked: () => session.markRevoked(),
});

let following: (() => void) | null = null;

/**
 * Syncs recorded prompts and photos while the tablet has a signed-in session: at once, every few
 * minutes, when the network returns and right after something is recorded. Call once at start-up.
 */
export const startMediaSync = (): void => {
  if (following) return;
  const follow = (state: SessionState) =>
    state.status === 'signed-in' ? mediaSync.start() : mediaSync.stop();
  following = session.subscribe(follow);
  follow(session.getState());
};
