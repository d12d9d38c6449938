// The ratings as a calm page the municipality can show or hand out to its klankbordgroep: what the faces mean,
// the shares per question with the numbers beside them, no names, one language-neutral total. Printable: the
// menu and the buttons are left off the paper.
import { useTranslation } from 'react-i18next';
import type { RatingsFigure } from '../../../protocol/figures';
import { Pictogram } from '../../ui/Pictogram';
import { RatingsChart, RatingsTable } from './RatingsChart';
import { useFigureLabels } from './useFigureLabels';

const FACE_PICTOGRAMS = [
  ['good', 'faceGood'],
  ['neutral', 'faceNeutral'],
  ['bad', 'faceWorried'],
] as const;

export function RatingsPage({ figure, onBack }: { figure: RatingsFigure; onBack(): void }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const title = t('backoffice.figures.ratings.pageTitle');
  return (
    <article className="ratings-page" data-testid="ratings-page">
      <div className="figure-downloads no-print">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('backoffice.figures.ratings.back')}
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('backoffice.figures.ratings.print')}
        </button>
      </div>
      <h2>{title}</h2>
      <p className="figure-intro">{t('backoffice.figures.ratings.pageIntro')}</p>
      <ul className="ratings-faces" aria-label={t('backoffice.figures.ratings.faces')}>
        {FACE_PICTOGRAMS.map(([face, pictogram]) => (
          <li key={face}>
            <Pictogram name={pictogram} size={56} />
            <span>{t(`end.face.${face}`)}</span>
          </li>
        ))}
      </ul>
      <p className="figure-note">
        {t('backoffice.figures.asOf', { date: label.date(figure.at) })}{' '}
        {t('backoffice.figures.ratings.basis', { count: figure.conversations })}
      </p>
      {figure.conversations === 0 ? (
        <p className="empty">{t('backoffice.figures.ratings.none')}</p>
      ) : (
        <>
          <RatingsChart rows={figure.rows} title={title} />
          <RatingsTable rows={figure.rows} title={title} />
        </>
      )}
    </article>
  );
}
