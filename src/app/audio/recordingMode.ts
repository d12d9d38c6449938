// Recording mode of this tablet: when on, a tolk or sleutelpersoon can record prompts next to the speaker buttons.
import { useEffect } from 'react';
import { create } from 'zustand';
import { loadRecordingMode, saveRecordingMode } from '../../storage/media';
import { db } from '../services';

interface RecordingModeState {
  on: boolean;
  loaded: boolean;
  load(): Promise<void>;
  set(on: boolean): Promise<void>;
}

export const useRecordingModeStore = create<RecordingModeState>((set, get) => ({
  on: false,
  loaded: false,
  load: async () => {
    if (get().loaded) return;
    const on = await loadRecordingMode(db).catch(() => false);
    set({ on, loaded: true });
  },
  set: async (on) => {
    set({ on, loaded: true });
    await saveRecordingMode(db, on);
  },
}));

/** Whether recording mode is on (false until the setting is read). */
export const useRecordingMode = (): boolean => {
  const on = useRecordingModeStore((s) => s.on);
  const load = useRecordingModeStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return on;
};
