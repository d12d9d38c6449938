// How inburgeraars rated their conversations (the end-screen faces), among the other figures; the same on its own
// calm page for the klankbordgroep (RatingsPage).
import { useTranslation } from 'react-i18next';
import type { RatingsFigure as Ratings } from '../../../protocol/figures';
import { FigureCard } from './FigureCard';
import { RatingsChart, RatingsTable } from './RatingsChart';

export function RatingsFigure({ figure }: { figure: Ratings }) {
  const { t } = useTranslation();
  const title = t('backoffice.figures.ratings.title');
  return (
    <FigureCard
      id="ratings"
      title={title}
      intro={t('backoffice.figures.ratings.intro')}
      note={t('backoffice.figures.ratings.basis', { count: figure.conversations })}
      empty={figure.conversations === 0 ? t('backoffice.figures.ratings.none') : undefined}
      table={<RatingsTable rows={figure.rows} title={title} />}
    >
      <RatingsChart rows={figure.rows} title={title} />
    </FigureCard>
  );
}
