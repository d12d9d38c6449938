// The leerroutes chosen: cases per route (and still without one), stacked by whether the PIP is vastgesteld.
import { useTranslation } from 'react-i18next';
import type { RouteRow } from '../../../protocol/figures';
import { routeBars } from './figureData';
import { SplitBarFigure } from './SplitBarFigure';
import { useFigureLabels } from './useFigureLabels';

export function RoutesFigure({ rows }: { rows: RouteRow[] }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const vastgesteld = t('backoffice.figures.routes.vastgesteld');
  const open = t('backoffice.figures.routes.open');
  const total = rows.reduce((sum, r) => sum + r.cases, 0);
  return (
    <SplitBarFigure
      id="routes"
      title={t('backoffice.figures.routes.title')}
      intro={t('backoffice.figures.routes.intro')}
      empty={total === 0 ? t('backoffice.figures.noCases') : undefined}
      heads={{ kind: t('backoffice.route'), first: vastgesteld, second: open }}
      rows={rows.map((r) => ({
        label: label.route(r.route),
        cases: r.cases,
        first: r.vastgesteld,
      }))}
      data={routeBars(rows, label.route, { vastgesteld, open })}
    />
  );
}
