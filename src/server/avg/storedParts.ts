// The top-level parts of a case document as stored, each readable one entry at a time, so an export can write a
// large part (all strokes, all answers) without ever holding it whole as JSON.
import * as Y from 'yjs';

/** One top-level part: a map or a list read entry by entry, or a value read whole (text). */
export type StoredPart =
  | { key: string; kind: 'map'; entries: () => Iterable<[string, unknown]> }
  | { key: string; kind: 'array'; allPlain: () => boolean; items: () => Iterable<unknown> }
  | { key: string; kind: 'value'; value: () => unknown };

/** Top-level types of the case document and what they are (src/domain: caseDoc, explanations, drawings, conversationEnd). */
const KNOWN_TYPES: Record<string, 'map' | 'array'> = {
  meta: 'map',
  profile: 'map',
  conversations: 'map',
  notes: 'array',
  explanations: 'map',
  drawings: 'map',
  strokes: 'array',
  answerEntries: 'map',
  tileMarks: 'map',
  translationFlags: 'array',
  leerbaarheidstoetsen: 'array',
  leerrouteBesluiten: 'array',
  pipEntries: 'map',
  pipVersions: 'array',
  voiceClips: 'map',
};

/** Whether a JSON value is shown as one plain value (not a nested table). */
export const isPlain = (value: unknown): boolean => value === null || typeof value !== 'object';

/** A stored value as JSON: a nested shared type as its toJSON(), a plain value as it is. */
const jsonOf = (value: unknown): unknown =>
  value instanceof Y.AbstractType ? value.toJSON() : value;

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

/**
 * Keys in the order an object built from them has them (and JSON.stringify writes them): array-index keys
 * first, ascending, then the rest in the given order. Keeps the streamed export in the order of the whole one.
 */
export const inObjectKeyOrder = (keys: string[]): string[] => {
  const isIndex = (k: string) => ARRAY_INDEX.test(k) && Number(k) <= MAX_ARRAY_INDEX;
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return indexes.length === 0 ? keys : [...indexes, ...keys.filter((k) => !isIndex(k))];
};

/**
 * The shared type of a top-level key. A type the server does not know by name (added by a newer app) is read as
 * a map or list from what it holds, so nothing in the document is left out.
 */
type SharedType = Y.Map<unknown> | Y.Array<unknown> | Y.Text | Y.XmlFragment;

const typeOf = (doc: Y.Doc, key: string): SharedType => {
  const type = doc.share.get(key)!;
  if (
    type instanceof Y.Map ||
    type instanceof Y.Array ||
    type instanceof Y.Text ||
    type instanceof Y.XmlFragment
  ) {
    return type as SharedType;
  }
  const kind =
    KNOWN_TYPES[key] ??
    (type._start === null
      ? 'map'
      : type._start.content instanceof Y.ContentString
        ? 'text'
        : 'array');
  return kind === 'map' ? doc.getMap(key) : kind === 'array' ? doc.getArray(key) : doc.getText(key);
};

const partOf = (key: string, type: SharedType): StoredPart => {
  if (type instanceof Y.Map) {
    const map = type as Y.Map<unknown>;
    return {
      key,
      kind: 'map',
      // Only the keys are listed up front; each value is read (and converted) when its turn comes.
      entries: function* () {
        for (const k of inObjectKeyOrder([...map.keys()])) yield [k, jsonOf(map.get(k))];
      },
    };
  }
  if (type instanceof Y.Array) {
    const array = type as Y.Array<unknown>;
    return {
      key,
      kind: 'array',
      allPlain: () => array.length > 0 && array.toArray().every((item) => isPlain(jsonOf(item))),
      items: function* () {
        for (const item of array.toArray()) yield jsonOf(item);
      },
    };
  }
  return { key, kind: 'value', value: () => type.toJSON() };
};

/** Every top-level part of the document, by name. Read the case (readCase, drawings) first: it may add parts. */
export const storedParts = (doc: Y.Doc): StoredPart[] =>
  [...doc.share.keys()].sort().map((key) => partOf(key, typeOf(doc, key)));

/** One part whole, as JSON: for the small parts the readable sections show (explanations, translation flags). */
export const partJson = (part: StoredPart | undefined): unknown => {
  if (!part) return undefined;
  if (part.kind === 'value') return part.value();
  if (part.kind === 'array') return [...part.items()];
  return Object.fromEntries(part.entries());
};
