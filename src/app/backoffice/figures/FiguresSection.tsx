// The figures of the municipality for the teamleider: time to a vastgesteld PIP, leerroutes, languages needed
// next month, explanation cards understood, "I don't understand" per question, and the ratings, which also open
// as a printable page for the klankbordgroep. Every chart has its table and its CSV and JSON download.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureNotice } from '../FailureNotice';
import { CardsFigure } from './CardsFigure';
import { LanguagesFigure } from './LanguagesFigure';
import { NotUnderstoodFigure } from './NotUnderstoodFigure';
import { PipTimeFigure } from './PipTimeFigure';
import { RatingsFigure } from './RatingsFigure';
import { RatingsPage } from './RatingsPage';
import { RoutesFigure } from './RoutesFigure';
import { useFigureLabels } from './useFigureLabels';
import { useFigures } from './useFigures';
import './figures.css';

export default function FiguresSection() {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const state = useFigures();
  const [view, setView] = useState<'all' | 'ratings'>('all');
  if (state.status === 'loading') return <p className="hint">{t('backoffice.loading')}</p>;
  if (state.status === 'failed') return <FailureNotice reason={state.reason} />;
  const figures = state.data;
  if (view === 'ratings')
    return <RatingsPage figure={figures.ratings} onBack={() => setView('all')} />;
  return (
    <div className="figures">
      <div className="figures-head">
        <p className="figure-intro">
          {t('backoffice.figures.intro')}{' '}
          {t('backoffice.figures.asOf', { date: label.date(figures['pip-time'].at) })}
        </p>
        <button type="button" className="button button-primary" onClick={() => setView('ratings')}>
          {t('backoffice.figures.ratings.open')}
        </button>
      </div>
      <div className="figures-grid">
        <PipTimeFigure figure={figures['pip-time']} />
        <RoutesFigure rows={figures.routes.rows} />
        <LanguagesFigure rows={figures['languages-next-month'].rows} />
        <RatingsFigure figure={figures.ratings} />
        <CardsFigure rows={figures['cards-understood'].rows} />
        <NotUnderstoodFigure rows={figures['not-understood'].rows} />
      </div>
    </div>
  );
}
