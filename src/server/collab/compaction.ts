// Periodic compaction of update logs that no open document will compact (e.g. written before a crash).
import type { DocumentStore } from '../persistence/documentStore';

export const startCompactionSweep = (store: DocumentStore, intervalMs: number): { stop(): void; runOnce(): Promise<void> } => {
  let running = false;
  const runOnce = async () => {
    if (running) return;
    running = true;
    try {
      for (const name of await store.namesWithLog(1)) await store.compact(name);
    } catch (error) {
      console.error('[compaction] sweep failed:', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), runOnce };
};
