// Versions of a vastgesteld plan: the content as canonical JSON, its SHA-256, and what changed between two
// versions. Generic over JSON, so the hash of a version never depends on the order keys were written in.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level and no whitespace: one text for one content. */
export const canonicalJson = (value: Json): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('A plan holds no NaN or Infinity.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
};

/** SHA-256 of the canonical JSON, as lowercase hex (Web Crypto: the same on the tablet and the server). */
export const contentHash = async (value: Json): Promise<string> => {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalJson(value)),
  );
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

export interface Change {
  /** Where, as keys and indexes from the top (e.g. ["afspraken", 2, "wanneer"]). */
  path: (string | number)[];
  before?: Json;
  after?: Json;
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf that differs between two versions: added (no before), removed (no after) or changed. */
export const compareVersions = (
  before: Json | undefined,
  after: Json | undefined,
  path: (string | number)[] = [],
): Change[] => {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => compareVersions(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) =>
      compareVersions(before[i], after[i], [...path, i]),
    ).flat();
  }
  if (before === undefined && after === undefined) return [];
  if (before !== undefined && after !== undefined && canonicalJson(before) === canonicalJson(after))
    return [];
  return [
    {
      path,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
    },
  ];
};
