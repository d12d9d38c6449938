// A locale for a professional translator and back: XLIFF 2.0 (one <file> per namespace, Dutch source beside the
// target) or JSON ({ "ns:key": { source, target } }). Reading a file gives "ns:key" → target text, or a clear error.
import { js2xliff, xliff2js, type XliffJs } from 'xliff';

export interface TranslatorString {
  /** "ns:key". */
  key: string;
  source: string;
  target: string;
  /** Who reviewed the target and when, for the translator's information. */
  note?: string;
}

export class TranslatorFileError extends Error {
  constructor(readonly code: 'invalid-file' | 'wrong-language') {
    super(code);
  }
}

const split = (key: string): [string, string] => {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
};

export const toXliff = (
  language: string,
  strings: readonly TranslatorString[],
): Promise<string> => {
  const resources: XliffJs['resources'] = {};
  for (const s of strings) {
    const [ns, key] = split(s.key);
    (resources[ns] ??= {})[key] = {
      source: s.source,
      target: s.target,
      ...(s.note ? { note: s.note } : {}),
    };
  }
  return js2xliff({ sourceLanguage: 'nl', targetLanguage: language, resources });
};

export const toTranslatorJson = (language: string, strings: readonly TranslatorString[]): string =>
  JSON.stringify(
    {
      sourceLanguage: 'nl',
      targetLanguage: language,
      strings: Object.fromEntries(
        strings.map((s) => [
          s.key,
          { source: s.source, target: s.target, ...(s.note ? { note: s.note } : {}) },
        ]),
      ),
    },
    null,
    2,
  );

const fromXliff = async (language: string, xml: string): Promise<Map<string, string>> => {
  let js: XliffJs;
  try {
    js = await xliff2js(xml);
  } catch {
    throw new TranslatorFileError('invalid-file');
  }
  if (!js?.resources || typeof js.resources !== 'object')
    throw new TranslatorFileError('invalid-file');
  if (js.targetLanguage && js.targetLanguage !== language)
    throw new TranslatorFileError('wrong-language');
  const targets = new Map<string, string>();
  for (const [ns, units] of Object.entries(js.resources)) {
    for (const [key, unit] of Object.entries(units))
      if (typeof unit?.target === 'string') targets.set(`${ns}:${key}`, unit.target);
  }
  return targets;
};

const fromJson = (language: string, text: string): Map<string, string> => {
  let parsed: { targetLanguage?: unknown; strings?: Record<string, { target?: unknown }> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new TranslatorFileError('invalid-file');
  }
  if (!parsed || typeof parsed.strings !== 'object' || parsed.strings === null)
    throw new TranslatorFileError('invalid-file');
  if (parsed.targetLanguage !== undefined && parsed.targetLanguage !== language)
    throw new TranslatorFileError('wrong-language');
  const targets = new Map<string, string>();
  for (const [key, entry] of Object.entries(parsed.strings))
    if (typeof entry?.target === 'string') targets.set(key, entry.target);
  return targets;
};

/** Reads a translator's file (XLIFF when it looks like XML, JSON otherwise) into "ns:key" → target. */
export const readTranslatorFile = (language: string, text: string): Promise<Map<string, string>> =>
  text.trimStart().startsWith('<')
    ? fromXliff(language, text)
    : Promise.resolve(fromJson(language, text));
