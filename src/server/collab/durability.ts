// What of a loaded document's in-memory copy is committed to the update log. Updates are applied (and so
// forwarded to the other tablets) the moment they arrive while their append runs in the background; a
// tablet is only acknowledged once everything applied to the document before its message is committed.
// One failed append poisons the document for good: from then on nothing on it is acknowledged, because
// the copy in memory holds an update the log does not.

/** Per-document chain of appends; keyed by the document object, so a reloaded document starts clean. */
export interface DurabilityTracker {
  /** Adds an append of an update that is already applied to the document. */
  track(document: object, append: Promise<void>): void;
  /** Resolves once every append tracked for the document so far is committed; rejects with the first failure. */
  settled(document: object): Promise<void>;
  /** Whether an append of this document has failed. */
  isPoisoned(document: object): boolean;
}

const DONE = Promise.resolve();

export const createDurabilityTracker = (): DurabilityTracker => {
  const tails = new WeakMap<object, Promise<void>>();
  const poisoned = new WeakSet<object>();

  return {
    track(document, append) {
      const previous = tails.get(document) ?? DONE;
      const tail = Promise.all([previous, append]).then(
        () => undefined,
        (error: unknown) => {
          poisoned.add(document);
          throw error;
        },
      );
      // Nobody may be waiting when it fails; the rejection is reported to whoever awaits settled().
      tail.catch(() => undefined);
      tails.set(document, tail);
    },
    settled: (document) => tails.get(document) ?? DONE,
    isPoisoned: (document) => poisoned.has(document),
  };
};
