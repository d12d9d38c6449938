// Above a printable page, never printed: the second language (his, unless he reads another better), whether
// private agreements go along (only when he is alone), and the browser's print.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../content/languages';

interface Props {
  lang: string;
  onLang(lang: string): void;
  hasPrivate: boolean;
  withPrivate: boolean;
  onWithPrivate(on: boolean): void;
}

export function PrintBar({ lang, onLang, hasPrivate, withPrivate, onWithPrivate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="print-actions no-print">
      <div className="field plan-narrow">
        <label htmlFor={id}>{t('plan.printLanguage')}</label>
        <select id={id} value={lang} onChange={(e) => onLang(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.code === 'nl' ? t('plan.dutchOnly') : `${l.endonym} — ${l.dutchName}`}
            </option>
          ))}
        </select>
      </div>
      {hasPrivate ? (
        <label className={`choice${withPrivate ? ' is-selected' : ''}`}>
          <input
            type="checkbox"
            checked={withPrivate}
            onChange={(e) => onWithPrivate(e.target.checked)}
          />
          {t('plan.withPrivate')}
        </label>
      ) : null}
      <button type="button" className="button button-primary" onClick={() => window.print()}>
        {t('plan.print')}
      </button>
    </div>
  );
}
