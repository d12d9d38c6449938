// Whether one copy of a case document holds everything another copy holds: every struct (its state
// vector) and every deletion (its delete set — a deletion adds no struct, so a state vector alone
// misses an answer taken back). The tablet asks the server this before it calls a case "on the server".
import type * as Y from 'yjs';

type Range = { clock: number; len: number };

/** Sorted, merged ranges, so containment is one scan. */
const merged = (ranges: readonly Range[]): Range[] => {
  const out: Range[] = [];
  for (const r of [...ranges].sort((a, b) => a.clock - b.clock)) {
    const last = out.at(-1);
    if (last && r.clock <= last.clock + last.len)
      last.len = Math.max(last.len, r.clock + r.len - last.clock);
    else out.push({ clock: r.clock, len: r.len });
  }
  return out;
};

const rangeCovered = (have: Range[], want: Range): boolean =>
  have.some((h) => h.clock <= want.clock && want.clock + want.len <= h.clock + h.len);

/** True when `have` contains every struct and every deletion of `want`. */
export const snapshotCovers = (have: Y.Snapshot, want: Y.Snapshot): boolean => {
  for (const [client, clock] of want.sv) if ((have.sv.get(client) ?? 0) < clock) return false;
  for (const [client, deleted] of want.ds.clients) {
    const ranges = merged(have.ds.clients.get(client) ?? []);
    for (const range of deleted) if (range.len > 0 && !rangeCovered(ranges, range)) return false;
  }
  return true;
};
