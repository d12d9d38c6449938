// What recorded prompts and photos the tablet holds (no bytes), shared by every speaker button and picture:
// one live query for the whole app instead of one per button.
import { useSyncExternalStore } from 'react';
import { activeBySlot, slotOf, type ContentMediaInfo } from '../../storage/media';
import { contentMedia } from './mediaServices';

export interface ContentIndex {
  loaded: boolean;
  all: readonly ContentMediaInfo[];
  /** The prompt/photo that counts, by slot (storage/media.ts slotOf). */
  active: ReadonlyMap<string, ContentMediaInfo>;
}

let index: ContentIndex = { loaded: false, all: [], active: new Map() };
const listeners = new Set<() => void>();
let stopObserving: (() => void) | null = null;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  stopObserving ??= contentMedia.observe(
    (all) => {
      index = { loaded: true, all, active: activeBySlot(all) };
      for (const l of listeners) l();
    },
    (error) => console.warn('Recorded prompts and photos could not be read', error),
  );
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopObserving?.();
      stopObserving = null;
    }
  };
};

export const useContentIndex = (): ContentIndex =>
  useSyncExternalStore(
    subscribe,
    () => index,
    () => index,
  );

/** The recorded prompt for a text in a language, if one is on the tablet. */
export const useRecordedPrompt = (
  promptKey: string | undefined,
  lang: string,
): ContentMediaInfo | undefined => {
  const { active } = useContentIndex();
  return promptKey ? active.get(slotOf('prompt', promptKey, lang)) : undefined;
};
