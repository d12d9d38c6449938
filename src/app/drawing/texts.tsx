// Texts of the drawing pad (namespace `drawing`): the own language big, the Dutch small beneath, each with its direction.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { directionOf } from '../../content/languages';

export interface DrawingTexts {
  lang: string;
  /** Text in the conversation's language (falls back to Dutch where a key is missing). */
  own: TFunction;
  nl: TFunction;
}

export function useDrawingTexts(lang: string): DrawingTexts {
  const { i18n } = useTranslation();
  return useMemo(
    () => ({ lang, own: i18n.getFixedT(lang, 'drawing'), nl: i18n.getFixedT('nl', 'drawing') }),
    [i18n, lang],
  );
}

/** A button label: own language, with the Dutch beneath when the conversation is not in Dutch. */
export function Label({ texts, k }: { texts: DrawingTexts; k: string }) {
  return (
    <span className="bilingual">
      <span className="bilingual-own" lang={texts.lang} dir={directionOf(texts.lang)}>
        {texts.own(k)}
      </span>
      {texts.lang !== 'nl' ? (
        <span className="bilingual-nl" lang="nl" dir="ltr">
          {texts.nl(k)}
        </span>
      ) : null}
    </span>
  );
}
