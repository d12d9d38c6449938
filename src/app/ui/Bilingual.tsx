// Text in the inburgeraar's language (large) with the Dutch beneath (small), each with its own direction.
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../content/languages';
import { isDraft } from '../i18n/meta';

interface Props {
  i18nKey: string;
  ns?: 'common' | 'content';
  lang: string;
  className?: string;
  /** Element of the own-language line, e.g. 'h1' for a question. */
  as?: 'h1' | 'h2' | 'span' | 'p';
  values?: Record<string, unknown>;
}

export function Bilingual({ i18nKey, ns = 'content', lang, className, as: Own = 'span', values }: Props) {
  const { i18n } = useTranslation();
  const own = i18n.getFixedT(lang, ns)(i18nKey, values);
  const dutch = i18n.getFixedT('nl', ns)(i18nKey, values);
  return (
    <span className={`bilingual ${className ?? ''}`}>
      <Own className="bilingual-own" lang={lang} dir={directionOf(lang)}>
        {own}
        {lang !== 'nl' && isDraft(lang) ? <DraftMark lang={lang} /> : null}
      </Own>
      {lang !== 'nl' ? (
        <span className="bilingual-nl" lang="nl" dir="ltr">
          {dutch}
        </span>
      ) : null}
    </span>
  );
}

/** A small mark on unreviewed translations, so a draft is never taken for official text. */
export function DraftMark({ lang }: { lang: string }) {
  const { i18n } = useTranslation();
  return (
    <span className="draft-mark" title={i18n.getFixedT('nl', 'common')('draft.title')}>
      {i18n.getFixedT(lang, 'common')('draft.mark')}
    </span>
  );
}
