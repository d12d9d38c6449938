// Parts of a case kept as they were written: the vastgestelde versions of the PIP (a beschikking, open to
// objection and appeal) and his recorded voice. The app only ever adds to them; an update that would delete
// or overwrite one of their entries is refused, whichever client sends it. (The AVG deletion of a whole case
// happens on the server, not through an update.)
import * as Y from 'yjs';

export const KEPT_PARTS = ['pipVersions', 'voiceClips'] as const;

/** Whether applying `update` to `doc` would delete an entry of a kept part that the doc holds. */
export const removesKeptRecord = (doc: Y.Doc, update: Uint8Array): boolean => {
  // Most cases hold neither yet: then there is nothing to decode.
  const kept = new Set<unknown>(
    KEPT_PARTS.filter((name) => doc.share.has(name)).map((name) => doc.share.get(name)),
  );
  if (kept.size === 0) return false;
  const { ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return false;
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const last = structs[structs.length - 1]!;
    const known = last.id.clock + last.length;
    for (const { clock, len } of ranges) {
      if (clock >= known) continue;
      for (
        let i = Y.findIndexSS(structs, clock);
        i < structs.length && structs[i]!.id.clock < clock + len;
        i++
      ) {
        const struct = structs[i]!;
        if (struct instanceof Y.Item && !struct.deleted && kept.has(struct.parent)) return true;
      }
    }
  }
  return false;
};
