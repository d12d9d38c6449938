// Text in the inburgeraar's language (large) with the Dutch beneath (small), each with its own direction.
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../content/languages';
import { isDraft } from '../i18n/meta';
import { useMunicipalContent } from '../content/municipalContent';

interface Props {
  i18nKey: string;
  ns?: 'common' | 'content';
  lang: string;
  className?: string;
  /** Element of the own-language line, e.g. 'h1' for a question. */
  as?: 'h1' | 'h2' | 'span' | 'p';
  values?: Record<string, unknown>;
}

export function Bilingual({
  i18nKey,
  ns = 'content',
  lang,
  className,
  as: Own = 'span',
  values,
}: Props) {
  const { i18n } = useTranslation();
  const own = i18n.getFixedT(lang, ns)(i18nKey, values);
  const dutch = i18n.getFixedT('nl', ns)(i18nKey, values);
  return (
    <span className={`bilingual ${className ?? ''}`}>
      <Own className="bilingual-own" lang={lang} dir={directionOf(lang)}>
        {own}
      </Own>
      {lang !== 'nl' ? (
        <span className="bilingual-nl" lang="nl" dir="ltr">
          {dutch}
        </span>
      ) : null}
    </span>
  );
}

/** One mark per screen on unreviewed translations, so a draft is never taken for official text. */
export function DraftNotice({ lang }: { lang: string }) {
  const { i18n } = useTranslation();
  // The municipality may mark the locale reviewed while it is on screen (it arrives by sync).
  useMunicipalContent();
  if (!isDraft(lang)) return null;
  return (
    <span className="draft-notice" data-testid="draft-notice">
      <span className="draft-mark" lang={lang} dir={directionOf(lang)}>
        {i18n.getFixedT(lang, 'common')('draft.mark')}
      </span>
      <span lang="nl" dir="ltr">
        {i18n.getFixedT('nl', 'common')('draft.title')}
      </span>
    </span>
  );
}
