// The state of the prompt/photo sync for the UI: whether the last round could finish, and why not.
import { useSyncExternalStore } from 'react';
import type { MediaSyncStatus } from '../../sync/mediaSync';
import { mediaSync } from './mediaServices';

const subscribe = (listener: () => void) => mediaSync.subscribe(listener);

export const useMediaSyncStatus = (): MediaSyncStatus =>
  useSyncExternalStore(
    subscribe,
    () => mediaSync.getStatus(),
    () => mediaSync.getStatus(),
  );
