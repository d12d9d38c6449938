// The JSON inzage written piece by piece: each top-level field, and within the large ones each conversation,
// note, drawing and entry of the document, is stringified on its own, so only one of them is a string at a time.
import type { CaseExportParts } from './export';
import type { StoredPart } from './storedParts';

/** A recording in the document (his voice) as base64 with its length, so the inzage hands it over whole. */
const binaryAsBase64 = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array
    ? { base64: Buffer.from(value).toString('base64'), bytes: value.byteLength }
    : value;

/** JSON of one value; undefined (which JSON.stringify leaves out) where an array needs an element: null. */
const json = (value: unknown): string => JSON.stringify(value, binaryAsBase64) ?? 'null';

/** Whether JSON.stringify leaves this property out of an object. */
const leftOut = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** JSON object text, written a property at a time. */
function* objectPieces(
  entries: Iterable<[string, unknown]>,
  valuePieces: (v: unknown) => Iterable<string>,
) {
  yield '{';
  let first = true;
  for (const [key, value] of entries) {
    if (leftOut(value)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    yield* valuePieces(value);
    first = false;
  }
  yield '}';
}

/** JSON array text, written an element at a time. */
function* arrayPieces(items: Iterable<unknown>, itemPieces: (v: unknown) => Iterable<string>) {
  yield '[';
  let first = true;
  for (const item of items) {
    if (!first) yield ',';
    yield* itemPieces(item);
    first = false;
  }
  yield ']';
}

const whole = (value: unknown): Iterable<string> => [json(value)];

/**
 * A value as JSON, split `depth` levels down into its properties or elements: the same text as JSON.stringify
 * (same key order: Object.keys is the order it uses), for plain data without toJSON.
 */
const valuePieces =
  (depth: number) =>
  (value: unknown): Iterable<string> => {
    if (
      depth === 0 ||
      value === null ||
      typeof value !== 'object' ||
      'toJSON' in value ||
      value instanceof Uint8Array
    )
      return whole(value);
    const inner = valuePieces(depth - 1);
    return Array.isArray(value)
      ? arrayPieces(value, inner)
      : objectPieces(Object.entries(value as Record<string, unknown>), inner);
  };

function* storedPartPieces(part: StoredPart): Generator<string> {
  if (part.kind === 'map') yield* objectPieces(part.entries(), whole);
  else if (part.kind === 'array') yield* arrayPieces(part.items(), whole);
  else yield json(part.value());
}

/** The export as JSON text, in the order and shape of `CaseExport`. */
export function* caseExportJson(parts: CaseExportParts): Generator<string> {
  const { head, tail } = parts;
  // The head holds only small values: one piece without its closing brace.
  yield json(head).slice(0, -1);
  // The case: its conversations and notes one by one.
  yield ',"case":';
  yield* valuePieces(2)(parts.case);
  yield ',"drawings":';
  yield* objectPieces(
    parts.drawingIds.map((id) => [id, id] as [string, unknown]),
    (id) => whole(parts.drawing(id as string)),
  );
  yield ',"document":';
  yield* objectPieces(
    parts.document.map((part) => [part.key, part] as [string, unknown]),
    (part) => storedPartPieces(part as StoredPart),
  );
  yield `,"projection":${json(tail.projection)},"storage":${json(tail.storage)}`;
  yield ',"media":{"references":';
  yield* arrayPieces(tail.media.references, whole);
  yield '},"audit":';
  yield* arrayPieces(tail.audit, whole);
  yield '}';
}
