// Pure helpers to compare locale files: flatten keys, group plural forms, find interpolation variables.

export type Messages = { [key: string]: string | Messages };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export const flatten = (messages: Messages, prefix = ''): Record<string, string> =>
  Object.entries(messages).reduce<Record<string, string>>((acc, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') acc[path] = value;
    else Object.assign(acc, flatten(value, path));
    return acc;
  }, {});

/** Key without its plural suffix, so `answers_one` and `answers_other` count as one key. */
export const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');

export const pluralForm = (key: string): string | undefined => PLURAL_SUFFIX.exec(key)?.[1];

export const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** Groups flattened keys by base key; value = plural forms present ([] for a plain key). */
export const groupKeys = (flat: Record<string, string>): Map<string, string[]> => {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(flat)) {
    const base = baseKey(key);
    const form = pluralForm(key);
    const forms = groups.get(base) ?? [];
    if (form) forms.push(form);
    groups.set(base, forms);
  }
  return groups;
};
