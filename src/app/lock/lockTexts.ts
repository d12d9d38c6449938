// The PIN screens' Dutch words without i18next: the first screen of a start is the PIN pad, and i18next with all the
// common texts was a third of its code. The words stay in locales/nl/common.json (`lock`); `virtual:lock-texts`
// (scripts/lockTextsPlugin.ts) is that part of the file as a module of its own.
import { lock, type Texts } from 'virtual:lock-texts';

export type LockTextOptions = { count?: number };
/** Keys as in common.json (`lock.title`), so they read like the app's others (lockTexts.test.ts checks the screens'). */
export type LockT = (key: `lock.${string}`, options?: LockTextOptions) => string;

const plural = new Intl.PluralRules('nl');

const lookup = (key: string): string | undefined => {
  let node: string | Texts | undefined = { lock };
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/**
 * `lockT('lock.wrong', { count: 2 })`: the text of `lock.wrong_other` with `{{count}}` filled in, as i18next gives
 * it (Dutch plural forms; no escaping, React escapes). An unknown key gives the key, as i18next does.
 */
export const lockT: LockT = (key, { count } = {}) => {
  const text =
    (count === undefined
      ? undefined
      : (lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`))) ?? lookup(key);
  return text === undefined ? key : text.replace(/\{\{\s*count\s*\}\}/g, String(count ?? ''));
};
