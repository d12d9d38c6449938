// The inzage's complete record: any stored JSON value (the case document) as nested, escaped tables.
import { esc } from './htmlText';
import { isPlain, type StoredPart } from './storedParts';

const EMPTY = '<span class="empty">leeg</span>';

/** One plain value: text as stored, a number as stored, yes/no, and an absent value said so. */
const plainHtml = (value: unknown): string => {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return esc(String(value));
  return `<span dir="auto">${esc(value)}</span>`;
};

/**
 * Renders every key and value, at any depth, so nothing stored is left out — also parts and fields a newer
 * app adds that the readable sections do not know. Keys are shown as stored (technical names); a list of
 * plain values (the points of a stroke) stays on one line.
 */
export const storedDataHtml = (value: unknown): string => {
  if (isPlain(value)) return plainHtml(value);
  if (value instanceof Uint8Array)
    return `<span>opname, ${value.byteLength} bytes (als base64 in de JSON-inzage)</span>`;
  let rows: [string, unknown][];
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isPlain)) return value.map(plainHtml).join(', ');
    rows = value.map((item, i) => [String(i + 1), item]);
  } else {
    rows = Object.entries(value as Record<string, unknown>);
  }
  if (rows.length === 0) return EMPTY;
  return `<table class="stored">${rows.map(rowHtml).join('')}</table>`;
};

const rowHtml = ([key, item]: [string, unknown]): string =>
  `<tr><th scope="row">${esc(key)}</th><td>${storedDataHtml(item)}</td></tr>`;

/** Rows of a table, written one at a time; EMPTY when there are none. */
function* tablePieces(rows: Iterable<[string, unknown]>): Generator<string> {
  let any = false;
  for (const entry of rows) {
    yield any ? rowHtml(entry) : `<table class="stored">${rowHtml(entry)}`;
    any = true;
  }
  yield any ? '</table>' : EMPTY;
}

function* numbered(items: Iterable<unknown>): Generator<[string, unknown]> {
  let i = 0;
  for (const item of items) yield [String(++i), item];
}

/** One top-level part of the document, as `storedDataHtml` shows its JSON, written an entry at a time. */
export function* storedPartHtml(part: StoredPart): Generator<string> {
  if (part.kind === 'value') return yield storedDataHtml(part.value());
  if (part.kind === 'map') return yield* tablePieces(part.entries());
  if (!part.allPlain()) return yield* tablePieces(numbered(part.items()));
  let first = true;
  for (const item of part.items()) {
    yield first ? plainHtml(item) : `, ${plainHtml(item)}`;
    first = false;
  }
}
