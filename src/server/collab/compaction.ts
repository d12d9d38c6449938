// Periodic compaction of update logs that no open document will compact (e.g. written before a crash).
import type { DocumentStore } from '../persistence/documentStore';

export interface Sweep {
  runOnce(): Promise<void>;
  /** Stops the timer and waits for a running sweep. */
  stop(): Promise<void>;
}

const PAUSE_MS = 20;

export const startCompactionSweep = (store: DocumentStore, intervalMs: number): Sweep => {
  let running: Promise<void> | undefined;
  let stopped = false;
  const sweep = async () => {
    try {
      for (const name of await store.namesWithLog(1)) {
        if (stopped) return;
        await store.compact(name);
        // Let the acknowledgements of live documents through between two compactions.
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
      if (!stopped) await store.removeOrphanParts();
    } catch (error) {
      console.error('[compaction] sweep failed:', error);
    }
  };
  const runOnce = () => (running ??= sweep().finally(() => (running = undefined)));
  const timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
};
