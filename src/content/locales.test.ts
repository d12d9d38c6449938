// Every locale has every key of the Dutch source, no extra keys, the same {{variables}},
// all plural forms its language needs, and a review status; every key is used by the app; and no value in a
// non-Latin script is bare Dutch (he could not read it), proper names on an explicit list excepted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from './catalog';
import { LANGUAGES } from './languages';
import { baseKey, flatten, groupKeys, variables, type Messages } from './localeKeys';

const LOCALES = 'locales';
const NAMESPACES = ['common', 'content', 'drawing', 'explain'];
const read = (lng: string, file: string) =>
  JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8')) as Messages;
const locales = readdirSync(LOCALES);

/** Names that stay as they are in every script: the app, and organisations he will meet by that name. */
const PROPER_NAMES = new Set(['common:app.name', 'content:tile.help-vwn', 'content:tile.help-coa']);
/** Each language's name in its own script tells whether it is written in Latin letters. */
const SAMPLE = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.endonym]));
const LATIN_SCRIPT = /^[\p{Script=Latin}\s()-]+$/u;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')
        ? [join(dir, entry.name)]
        : [],
  );

describe('locales', () => {
  it('has a locale folder for every language the app offers', () => {
    expect(locales.sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  for (const lng of locales) {
    describe(lng, () => {
      it('has a status and reviewer field', () => {
        const meta = JSON.parse(readFileSync(join(LOCALES, lng, 'meta.json'), 'utf8'));
        expect(['draft', 'reviewed']).toContain(meta.status);
        expect(meta).toHaveProperty('reviewer');
        if (meta.status === 'reviewed') expect(meta.reviewer).toBeTruthy();
      });

      for (const ns of NAMESPACES) {
        it(`${ns}: same keys, variables and plural forms as the Dutch source`, () => {
          const source = flatten(read('nl', `${ns}.json`));
          const target = flatten(read(lng, `${ns}.json`));
          const sourceGroups = groupKeys(source);
          const targetGroups = groupKeys(target);
          expect([...targetGroups.keys()].sort()).toEqual([...sourceGroups.keys()].sort());

          const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
          for (const [base, forms] of sourceGroups) {
            if (forms.length > 0)
              expect({ base, forms: targetGroups.get(base)?.sort() }).toEqual({
                base,
                forms: [...needed].sort(),
              });
          }
          const sourceVars = new Map(
            Object.entries(source).map(([k, v]) => [baseKey(k), variables(v)]),
          );
          for (const [key, text] of Object.entries(target)) {
            const expected = sourceVars.get(baseKey(key)) ?? [];
            // A plural form may leave out {{count}} (e.g. Arabic "one" and "two"), never add or rename a variable.
            const found = variables(text);
            expect({ key, unknown: found.filter((v) => !expected.includes(v)) }).toEqual({
              key,
              unknown: [],
            });
            expect({
              key,
              missing: expected.filter((v) => v !== 'count' && !found.includes(v)),
            }).toEqual({ key, missing: [] });
            expect(text.trim(), key).not.toBe('');
          }
          // In a script other than Latin, a bare Dutch value is untranslated: he cannot read it.
          if (!LATIN_SCRIPT.test(SAMPLE[lng] ?? '')) {
            const bareDutch = Object.entries(target)
              .filter(
                ([key, text]) =>
                  !PROPER_NAMES.has(`${ns}:${key}`) &&
                  text.trim().toLowerCase() === source[key]?.trim().toLowerCase(),
              )
              .map(([key]) => key);
            expect(bareDutch).toEqual([]);
          }
        });
      }
    });
  }

  it('every content key is used by the catalog, and every catalog key exists', () => {
    const used = new Set(
      DOMAINS.flatMap((d) => [
        d.titleKey,
        ...d.questions.flatMap((q) => [
          q.textKey,
          ...(q.simpleKey ? [q.simpleKey] : []),
          ...q.tiles.map((t) => t.labelKey),
        ]),
      ]),
    );
    const defined = new Set(Object.keys(flatten(read('nl', 'content.json'))));
    expect([...defined].filter((k) => !used.has(k))).toEqual([]);
    expect([...used].filter((k) => !defined.has(k))).toEqual([]);
  });

  it('every common key is used in the app code', () => {
    const code = sourceFiles('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const keys = [...groupKeys(flatten(read('nl', 'common.json'))).keys()];
    const unused = keys.filter((key) => {
      const parent = key.slice(0, key.lastIndexOf('.'));
      return (
        !code.includes(`'${key}'`) &&
        !code.includes(`"${key}"`) &&
        !code.includes(`\`${parent}.\${`)
      );
    });
    expect(unused).toEqual([]);
  });
});
