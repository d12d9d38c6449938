// The end-screen faces per aspect (clear, respectful, length) as bars stacked to 100 %, and the same as a table
// with counts and shares; used in the figures and on the page for the klankbordgroep.
import { useTranslation } from 'react-i18next';
import { RATING_FACES, type RatingRow } from '../../../protocol/figures';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { faceShares, listSummary, ratingBars } from './figureData';

const aspectKey = (row: RatingRow) => `end.aspect.${row.aspect}`;

export function RatingsChart({ rows, title }: { rows: RatingRow[]; title: string }) {
  const { t } = useTranslation();
  const data = ratingBars(
    rows,
    (r) => t(aspectKey(r)),
    (face) => t(`end.face.${face}`),
  );
  return (
    <BarChart
      data={data}
      horizontal
      stacked
      percent
      summary={t('backoffice.figures.chartSummary', {
        title,
        numbers: `${t('end.face.good')}: ${listSummary(data.labels, data.series[0]!.values, 3, ' %')}`,
      })}
    />
  );
}

export function RatingsTable({ rows, title }: { rows: RatingRow[]; title: string }) {
  const { t } = useTranslation();
  const cells = (row: RatingRow) => {
    const shares = faceShares(row);
    return RATING_FACES.map((face, f) =>
      t('backoffice.figures.ratings.cell', { number: row[face], percent: shares[f] }),
    );
  };
  return (
    <FigureTable
      caption={title}
      head={[
        t('backoffice.figures.ratings.aspect'),
        ...RATING_FACES.map((face) => t(`end.face.${face}`)),
      ]}
      rows={rows.map((r) => [t(aspectKey(r)), ...cells(r)])}
    />
  );
}
