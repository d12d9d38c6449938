// Explanation cards understood: per card the share of teach-backs that went well, least understood first, for all
// languages or one (to compare translations); the table has every card and language.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardUnderstoodRow } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureCard } from './FigureCard';
import { FigureTable } from './FigureTable';
import { cardBars, cardShares, listSummary, percentOf, shorten } from './figureData';
import { useFigureLabels } from './useFigureLabels';

export function CardsFigure({ rows }: { rows: CardUnderstoodRow[] }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const selectId = useId();
  const [language, setLanguage] = useState('');
  const title = t('backoffice.figures.cards.title');
  const shares = cardShares(rows, language);
  const data = cardBars(
    shares,
    (s) => `${shorten(label.card(s.cardId))} (${s.total})`,
    t('backoffice.figures.cards.percent'),
  );
  const languages = [...new Set(rows.map((r) => r.language))].sort();
  const percent = (n: number) => t('backoffice.figures.percentValue', { percent: n });
  return (
    <FigureCard
      id="cards-understood"
      title={title}
      wide
      intro={t('backoffice.figures.cards.intro')}
      empty={rows.length === 0 ? t('backoffice.figures.cards.none') : undefined}
      table={
        <FigureTable
          caption={title}
          head={[
            t('backoffice.figures.cards.card'),
            t('backoffice.language'),
            t('backoffice.figures.cards.understood'),
            t('backoffice.figures.cards.total'),
            t('backoffice.figures.cards.percent'),
          ]}
          rows={rows.map((r) => [
            label.card(r.cardId),
            label.language(r.language),
            r.understood,
            r.total,
            percent(percentOf(r.understood, r.total)),
          ])}
        />
      }
    >
      <div className="field figure-filter">
        <label htmlFor={selectId}>{t('backoffice.language')}</label>
        <select id={selectId} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{t('backoffice.figures.allLanguages')}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {label.language(code)}
            </option>
          ))}
        </select>
      </div>
      <BarChart
        data={data}
        horizontal
        percent
        summary={t('backoffice.figures.chartSummary', {
          title,
          numbers: listSummary(data.labels, data.series[0]!.values, 3, ' %'),
        })}
      />
    </FigureCard>
  );
}
