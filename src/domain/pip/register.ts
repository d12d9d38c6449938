// A multi-value register per slot of the plan, the same rule as answers (DESIGN.md: merging never drops a
// person's words). Every write is a new entry under a unique id; it deletes the entries of that slot this
// tablet has (it saw them), so an entry written on another tablet while apart survives the merge. Two
// entries left with different values are a conflict the consultant settles; until then the latest shows.
//
// Schema: doc.getMap('pipEntries'): entryId → PlanEntry (top-level, so no two tablets create it apart).
import type * as Y from 'yjs';
import type { Json } from './versioning';
import { canonicalJson } from './versioning';
import { LOCAL_ORIGIN } from '../schema';
import type { AnswerAuthor } from '../types';

export interface PlanEntry {
  /** What the entry is about, e.g. "basis:income", "afspraak:<id>", "goal". */
  slot: string;
  /** The slot's value; null means the person took it out of the plan. */
  value: Json;
  at: string;
  author?: AnswerAuthor;
}

export interface SlotReading {
  slot: string;
  /** Every entry of the slot now (the shown one first): what a change made from this reading replaces. */
  entryIds: string[];
  /** The value shown: the latest entry's (by the tablet's clock, ties by entry id). */
  value: Json;
  at: string;
  author?: AnswerAuthor;
  /** Other values written apart that wait for the consultant's choice, latest first. */
  conflicts: { entryId: string; value: Json; at: string; author?: AnswerAuthor }[];
}

export const pipEntriesMap = (doc: Y.Doc) => doc.getMap<PlanEntry>('pipEntries');

const isEntry = (v: unknown): v is PlanEntry =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as PlanEntry).slot === 'string' &&
  typeof (v as PlanEntry).at === 'string';

/** What every write to the plan carries beside its own fields (each plan command's input extends it). */
export interface Write {
  now: string;
  /** The tablet and the signed-in consultant, shown beside a conflict. */
  author?: AnswerAuthor;
  /** The entries the person saw when she began this change (Plan.entries of the slot); see writeSlot. */
  replaces?: readonly string[];
}

/**
 * Writes a slot and returns the new entry's id. It replaces the entries the person saw (`replaces`: the ids she
 * had on screen when she began the change); without it, those this tablet has now (a tap on what is shown).
 * An entry that arrived while she was typing was not seen, so it stays: a conflict, not a loss.
 */
export const writeSlot = (
  doc: Y.Doc,
  slot: string,
  value: Json,
  { now, author, replaces }: Write,
): string => {
  const map = pipEntriesMap(doc);
  const id = globalThis.crypto.randomUUID();
  const seen = replaces ? new Set(replaces) : undefined;
  doc.transact(() => {
    for (const [entryId, entry] of map.entries()) {
      if (isEntry(entry) && entry.slot === slot && (!seen || seen.has(entryId)))
        map.delete(entryId);
    }
    map.set(id, { slot, value, at: now, ...(author ? { author } : {}) });
  }, LOCAL_ORIGIN);
  return id;
};

/** Every slot whose name starts with `prefix`, read by the register rule. */
export const readSlots = (doc: Y.Doc, prefix = ''): Map<string, SlotReading> => {
  const bySlot = new Map<string, { id: string; entry: PlanEntry }[]>();
  for (const [id, entry] of pipEntriesMap(doc).entries()) {
    if (!isEntry(entry) || !entry.slot.startsWith(prefix)) continue;
    const list = bySlot.get(entry.slot) ?? [];
    list.push({ id, entry });
    bySlot.set(entry.slot, list);
  }
  const out = new Map<string, SlotReading>();
  for (const [slot, list] of bySlot) {
    list.sort((a, b) => b.entry.at.localeCompare(a.entry.at) || (b.id < a.id ? -1 : 1));
    const [latest, ...rest] = list;
    const shown = canonicalJson(latest!.entry.value);
    out.set(slot, {
      slot,
      entryIds: list.map((e) => e.id),
      value: latest!.entry.value,
      at: latest!.entry.at,
      ...(latest!.entry.author ? { author: latest!.entry.author } : {}),
      conflicts: rest
        .filter((r) => canonicalJson(r.entry.value) !== shown)
        .map((r) => ({
          entryId: r.id,
          value: r.entry.value,
          at: r.entry.at,
          ...(r.entry.author ? { author: r.entry.author } : {}),
        })),
    });
  }
  return out;
};
