// Languages needed in the coming month, for planning tolken: open cases whose PIP deadline comes within the
// month (or has passed), per language other than Dutch, the overdue ones apart.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NEED_DAYS, type LanguageNeedRow } from '../../../protocol/figures';
import { languageBars } from './figureData';
import { SplitBarFigure } from './SplitBarFigure';
import { useFigureLabels } from './useFigureLabels';

export function LanguagesFigure({ rows }: { rows: LanguageNeedRow[] }) {
  const { t } = useTranslation();
  const label = useFigureLabels();
  const days = LANGUAGE_NEED_DAYS;
  const overdue = t('backoffice.figures.languages.overdue');
  const due = t('backoffice.figures.languages.due', { days });
  return (
    <SplitBarFigure
      id="languages-next-month"
      title={t('backoffice.figures.languages.title')}
      intro={t('backoffice.figures.languages.intro', { days })}
      empty={rows.length === 0 ? t('backoffice.figures.languages.none', { days }) : undefined}
      heads={{ kind: t('backoffice.language'), first: overdue, second: due }}
      rows={rows.map((r) => ({
        label: label.language(r.language),
        cases: r.cases,
        first: r.overdue,
      }))}
      data={languageBars(rows, label.language, { overdue, due })}
      horizontal
    />
  );
}
