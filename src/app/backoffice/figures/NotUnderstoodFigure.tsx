// "I don't understand" per question and language, worst first: the top ones in the chart, to find bad questions
// and bad translations; the table and the downloads hold all of them.
import { useTranslation } from 'react-i18next';
import { NOT_UNDERSTOOD_CHART_TOP, type NotUnderstoodRow } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureCard } from './FigureCard';
import { FigureTable } from './FigureTable';
import { listSummary, notUnderstoodBars, shorten } from './figureData';
import { useFigureLabels } from './useFigureLabels';

export function NotUnderstoodFigure({ rows }: { rows: NotUnderstoodRow[] }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const title = t('backoffice.figures.notUnderstood.title');
  const times = t('backoffice.figures.notUnderstood.times');
  const data = notUnderstoodBars(
    rows,
    NOT_UNDERSTOOD_CHART_TOP,
    (r) => `${shorten(label.question(r.questionId), 60)} · ${label.language(r.language)}`,
    times,
  );
  return (
    <FigureCard
      id="not-understood"
      title={title}
      wide
      intro={t('backoffice.figures.notUnderstood.intro', { top: NOT_UNDERSTOOD_CHART_TOP })}
      empty={rows.length === 0 ? t('backoffice.figures.notUnderstood.none') : undefined}
      table={
        <FigureTable
          caption={title}
          head={[
            t('backoffice.figures.notUnderstood.question'),
            t('backoffice.figures.notUnderstood.code'),
            t('backoffice.language'),
            times,
            t('backoffice.figures.cases'),
          ]}
          rows={rows.map((r) => [
            label.question(r.questionId),
            r.questionId,
            label.language(r.language),
            r.count,
            r.cases,
          ])}
        />
      }
    >
      <BarChart
        data={data}
        horizontal
        summary={t('backoffice.figures.chartSummary', {
          title,
          numbers: listSummary(data.labels, data.series[0]!.values, 3),
        })}
      />
    </FigureCard>
  );
}
