// Languages needed in the coming month, for planning tolken: open cases whose PIP deadline comes within the
// month (or has passed), per language other than Dutch, the overdue ones apart.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NEED_DAYS, type LanguageNeedRow } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureCard } from './FigureCard';
import { FigureTable } from './FigureTable';
import { languageBars, listSummary } from './figureData';
import { useFigureLabels } from './useFigureLabels';

export function LanguagesFigure({ rows }: { rows: LanguageNeedRow[] }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const days = LANGUAGE_NEED_DAYS;
  const title = t('backoffice.figures.languages.title');
  const overdue = t('backoffice.figures.languages.overdue');
  const due = t('backoffice.figures.languages.due', { days });
  const data = languageBars(rows, label.language, { overdue, due });
  return (
    <FigureCard
      id="languages-next-month"
      title={title}
      intro={t('backoffice.figures.languages.intro', { days })}
      empty={rows.length === 0 ? t('backoffice.figures.languages.none', { days }) : undefined}
      table={
        <FigureTable
          caption={title}
          head={[t('backoffice.language'), t('backoffice.figures.cases'), overdue, due]}
          rows={rows.map((r) => [
            label.language(r.language),
            r.cases,
            r.overdue,
            r.cases - r.overdue,
          ])}
        />
      }
    >
      <BarChart
        data={data}
        horizontal
        stacked
        summary={t('backoffice.figures.chartSummary', {
          title,
          numbers: listSummary(
            data.labels,
            rows.map((r) => r.cases),
          ),
        })}
      />
    </FigureCard>
  );
}
