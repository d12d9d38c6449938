// Time from the first conversation to the vastgesteld PIP: cases per week, with the law's ten weeks as a line
// (weeks after it amber), and the median in days.
import { useTranslation } from 'react-i18next';
import { PIP_TERMS } from '../../../content/pip/terms';
import type { PipTimeFigure as PipTime, PipTimeRow } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureCard } from './FigureCard';
import { FigureTable } from './FigureTable';
import { casesWithin, listSummary, pipTimeBars } from './figureData';

const WEEKS = PIP_TERMS.pipWithinWeeks.value;

export function PipTimeFigure({ figure }: { figure: PipTime }) {
  const { t } = useTranslation();
  const title = t('backoffice.figures.pipTime.title');
  const bucket = (r: PipTimeRow) =>
    r.toWeek === null
      ? t('backoffice.figures.pipTime.bucketLast', { from: r.fromWeek })
      : t('backoffice.figures.pipTime.bucket', { from: r.fromWeek, to: r.toWeek });
  const data = pipTimeBars(figure.rows, WEEKS, bucket, t('backoffice.figures.cases'));
  const within = casesWithin(figure.rows, WEEKS);
  const note =
    figure.medianDays === null
      ? undefined
      : t('backoffice.figures.pipTime.median', {
          days: figure.medianDays,
          cases: figure.cases,
          within,
          weeks: WEEKS,
        });
  return (
    <FigureCard
      id="pip-time"
      title={title}
      intro={t('backoffice.figures.pipTime.intro', { weeks: WEEKS })}
      note={note}
      empty={figure.cases === 0 ? t('backoffice.figures.pipTime.none') : undefined}
      table={
        <FigureTable
          caption={title}
          head={[t('backoffice.figures.pipTime.weeks'), t('backoffice.figures.cases')]}
          rows={figure.rows.map((r) => [bucket(r), r.cases])}
        />
      }
    >
      <BarChart
        data={data}
        threshold={{
          beforeIndex: WEEKS,
          label: t('backoffice.figures.pipTime.line', { weeks: WEEKS }),
        }}
        axisTitles={{
          category: t('backoffice.figures.pipTime.axis'),
          value: t('backoffice.figures.cases'),
        }}
        summary={t('backoffice.figures.chartSummary', {
          title,
          numbers: note ?? listSummary(data.labels, data.series[0]!.values),
        })}
      />
    </FigureCard>
  );
}
