// Texts of the explanation cards (namespace `explain`, loaded with the other namespaces by src/app/i18n/i18n.ts):
// own language big, Dutch small beneath, each with its direction.
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactId } from '../../content/explanations';
import { currentFact } from '../content/municipalContent';
import { directionOf } from '../../content/languages';
import { loadLanguage } from '../i18n/i18n';

export const EXPLAIN_NS = 'explain';

/** Whether the cards exist in this language (otherwise the Dutch is shown and the tolk translates). */
export const hasExplainTexts = (lang: string): boolean =>
  lang === 'nl' || i18next.hasResourceBundle(lang, EXPLAIN_NS);

/** Loads the explain texts of a language if there are any; resolves to whether the language has them. */
export const loadExplainTexts = async (lang: string): Promise<boolean> => {
  await loadLanguage(lang);
  return hasExplainTexts(lang);
};

/** Whether the language's texts are there, updated as soon as they are loaded. */
export function useExplainTexts(lang: string): { translated: boolean } {
  const [loaded, setLoaded] = useState<Record<string, boolean>>({});
  useEffect(() => {
    let alive = true;
    void loadExplainTexts(lang).then(
      (ok) => alive && setLoaded((prev) => ({ ...prev, [lang]: ok })),
    );
    return () => {
      alive = false;
    };
  }, [lang]);
  return { translated: loaded[lang] ?? hasExplainTexts(lang) };
}

type FactMap = Partial<Record<string, FactId>>;

/** Interpolation values of facts, formatted for one language: {{amount}} → "€ 250", {{years}} → "3". */
export const factValuesFor = (facts: FactMap | undefined, lang: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(facts ?? {}).flatMap(([name, id]) => {
      if (!id) return [];
      const fact = currentFact(id);
      const format =
        fact.unit === 'euro'
          ? new Intl.NumberFormat(lang, {
              style: 'currency',
              currency: 'EUR',
              maximumFractionDigits: 0,
            })
          : new Intl.NumberFormat(lang);
      return [[name, format.format(fact.value)]];
    }),
  );

/** A check date (YYYY-MM-DD) as a long date in the given language. */
export const formatDay = (day: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The most recent check date among the facts a text uses. */
export const checkedAtOf = (facts: FactMap | undefined): string | undefined =>
  Object.values(facts ?? {})
    .flatMap((id) => (id ? [currentFact(id).review.checkedAt] : []))
    .sort()
    .at(-1);

export interface ExplainLine {
  /** The text in the language it is shown in. */
  text: string;
  /** The language the text really is in: the conversation's, or Dutch when there is no translation. */
  lang: string;
}

/** One text in the own language (or Dutch when untranslated) and in Dutch, with facts filled in per language. */
export function useExplainLine() {
  const { i18n } = useTranslation();
  return (
    key: string,
    lang: string,
    facts?: FactMap,
    values?: Record<string, unknown>,
  ): { own: ExplainLine; nl: string } => {
    const nl = i18n.getFixedT('nl', EXPLAIN_NS)(key, { ...values, ...factValuesFor(facts, 'nl') });
    const translated =
      lang !== 'nl' &&
      hasExplainTexts(lang) &&
      i18n.getResource(lang, EXPLAIN_NS, key) !== undefined;
    const own = translated
      ? i18n.getFixedT(lang, EXPLAIN_NS)(key, { ...values, ...factValuesFor(facts, lang) })
      : nl;
    return { own: { text: own, lang: translated ? lang : 'nl' }, nl };
  };
}

interface TextProps {
  i18nKey: string;
  lang: string;
  facts?: FactMap;
  values?: Record<string, unknown>;
  as?: 'h1' | 'h2' | 'p' | 'span';
  id?: string;
  className?: string;
}

/** Own language big (or the Dutch once, when there is no translation), Dutch small beneath. */
export function ExplainText({
  i18nKey,
  lang,
  facts,
  values,
  as: Own = 'span',
  id,
  className,
}: TextProps) {
  const line = useExplainLine()(i18nKey, lang, facts, values);
  return (
    <span className={`bilingual ${className ?? ''}`}>
      <Own className="bilingual-own" lang={line.own.lang} dir={directionOf(line.own.lang)} id={id}>
        {line.own.text}
      </Own>
      {line.own.lang !== 'nl' ? (
        <span className="bilingual-nl" lang="nl" dir="ltr">
          {line.nl}
        </span>
      ) : null}
    </span>
  );
}

/** The cards are not translated into this language yet: the Dutch is shown, and the tolk translates. */
export function Untranslated() {
  const { i18n } = useTranslation();
  return (
    <p className="explain-untranslated" lang="nl" dir="ltr">
      {i18n.getFixedT('nl', EXPLAIN_NS)('ui.untranslated')}
    </p>
  );
}
