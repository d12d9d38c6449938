// The leerroutes chosen: cases per route (and still without one), stacked by whether the PIP is vastgesteld.
import { useTranslation } from 'react-i18next';
import type { RouteRow } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureCard } from './FigureCard';
import { FigureTable } from './FigureTable';
import { listSummary, routeBars } from './figureData';
import { useFigureLabels } from './useFigureLabels';

export function RoutesFigure({ rows }: { rows: RouteRow[] }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const title = t('backoffice.figures.routes.title');
  const vastgesteld = t('backoffice.figures.routes.vastgesteld');
  const open = t('backoffice.figures.routes.open');
  const data = routeBars(rows, label.route, { vastgesteld, open });
  const total = rows.reduce((sum, r) => sum + r.cases, 0);
  return (
    <FigureCard
      id="routes"
      title={title}
      intro={t('backoffice.figures.routes.intro')}
      empty={total === 0 ? t('backoffice.figures.noCases') : undefined}
      table={
        <FigureTable
          caption={title}
          head={[t('backoffice.route'), t('backoffice.figures.cases'), vastgesteld, open]}
          rows={rows.map((r) => [
            label.route(r.route),
            r.cases,
            r.vastgesteld,
            r.cases - r.vastgesteld,
          ])}
        />
      }
    >
      <BarChart
        data={data}
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
