// A figure of cases per kind (a language, a leerroute), each split in two parts (overdue and due, vastgesteld and
// open): a stacked bar chart with the same numbers as a table beside it.
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureCard } from './FigureCard';
import { FigureTable } from './FigureTable';
import { listSummary, type BarData } from './figureData';

export interface SplitRow {
  label: string;
  cases: number;
  /** Cases in the first part; the rest are in the second. */
  first: number;
}

export function SplitBarFigure({
  id,
  title,
  intro,
  empty,
  heads,
  rows,
  data,
  horizontal = false,
}: {
  id: FigureId;
  title: string;
  intro: string;
  /** What the card says instead of a chart when there is nothing to show. */
  empty: string | undefined;
  /** The table's column heads: the kind, then the parts' names. */
  heads: { kind: string; first: string; second: string };
  rows: SplitRow[];
  data: BarData;
  horizontal?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FigureCard
      id={id}
      title={title}
      intro={intro}
      empty={empty}
      table={
        <FigureTable
          caption={title}
          head={[heads.kind, t('backoffice.figures.cases'), heads.first, heads.second]}
          rows={rows.map((r) => [r.label, r.cases, r.first, r.cases - r.first])}
        />
      }
    >
      <BarChart
        data={data}
        horizontal={horizontal}
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
