// The municipality's own texts laid over the built-in ones: applied to every bundle that is loaded now and to each
// one loaded later; a text taken back returns to the built-in wording. Components re-render through i18next's
// 'added' event (react-i18next binds it, see i18n.ts).
import i18next from 'i18next';
import type { OwnText } from '../../domain/municipalContent';

let own = new Map<string, Map<string, OwnText>>();
/** "lng|ns:key" → the built-in text an own text replaced, to restore it when taken back. */
const builtIn = new Map<string, string>();

const splitKey = (nsKey: string): [string, string] => {
  const at = nsKey.indexOf(':');
  return [nsKey.slice(0, at), nsKey.slice(at + 1)];
};

/** Lays the own texts of one language and namespace over its bundle (call after the bundle is added). */
export const overlayBundle = (lng: string, ns: string): void => {
  const texts = own.get(lng);
  if (!texts || !i18next.hasResourceBundle(lng, ns)) return;
  const resources: Record<string, string> = {};
  for (const [nsKey, { text }] of texts) {
    const [keyNs, key] = splitKey(nsKey);
    if (keyNs !== ns) continue;
    const id = `${lng}|${nsKey}`;
    if (!builtIn.has(id)) {
      const original: unknown = i18next.getResource(lng, ns, key);
      if (typeof original === 'string') builtIn.set(id, original);
    }
    resources[key] = text;
  }
  if (Object.keys(resources).length > 0) i18next.addResources(lng, ns, resources);
};

/** Replaces the own texts: restores what was taken back, lays the rest over every loaded bundle. */
export const setOwnTexts = (next: Map<string, Map<string, OwnText>>): void => {
  for (const [id, text] of builtIn) {
    const [lng, nsKey] = id.split('|') as [string, string];
    if (next.get(lng)?.has(nsKey)) continue;
    const [ns, key] = splitKey(nsKey);
    i18next.addResources(lng, ns, { [key]: text });
    builtIn.delete(id);
  }
  own = next;
  const namespaces = [i18next.options.ns ?? []].flat();
  for (const lng of own.keys()) for (const ns of namespaces) overlayBundle(lng, ns);
};

/** The municipality's own text of a sentence in a language ("ns:key"), with its review. */
export const ownTextOf = (lng: string, nsKey: string): OwnText | undefined =>
  own.get(lng)?.get(nsKey);
