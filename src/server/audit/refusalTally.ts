// Refusals before login counted per address and minute: the first is written at once, the rest as one row with a count.
import type { AuditEntry } from '../audit';

export interface RefusalTallyOptions {
  windowMs?: number;
  /** Distinct (address, action, reason) windows kept; beyond it new addresses are counted together. */
  maxKeys?: number;
}

/** Stands for every address beyond maxKeys, so a spread-out attack is still counted in bounded memory. */
export const OTHER_ADDRESSES = 'other-addresses';

interface Window {
  start: number;
  /** Refusals after the first one in this window. */
  more: number;
  entry: AuditEntry;
}

export const createRefusalTally = ({
  windowMs = 60_000,
  maxKeys = 10_000,
}: RefusalTallyOptions = {}) => {
  const windows = new Map<string, Window>();
  const ended: AuditEntry[] = [];
  const close = (key: string, w: Window) => {
    windows.delete(key);
    if (w.more > 0) ended.push({ ...w.entry, target: undefined, count: w.more });
  };
  return {
    /** Counts a refusal; true when it is the first of its window and should be written now. */
    admit(entry: AuditEntry, now: number): boolean {
      let ip = entry.ip ?? '';
      let key = `${ip}\u0000${entry.action}\u0000${entry.reason ?? ''}`;
      if (!windows.has(key) && windows.size >= maxKeys) {
        ip = OTHER_ADDRESSES;
        key = `${ip}\u0000${entry.action}\u0000${entry.reason ?? ''}`;
      }
      const w = windows.get(key);
      if (w && now - w.start < windowMs) {
        w.more++;
        return false;
      }
      if (w) close(key, w);
      windows.set(key, { start: now, more: 0, entry: { ...entry, ip } });
      return true;
    },
    /** The counted rows of windows that have ended (all of them with `all`, at shutdown), to be written. */
    drain(now: number, all = false): AuditEntry[] {
      for (const [key, w] of windows) if (all || now - w.start >= windowMs) close(key, w);
      return ended.splice(0);
    },
  };
};
