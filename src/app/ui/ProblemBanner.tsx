// Shows a storage or other problem in plain words in the current language, with a retry where possible.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

export function ProblemBanner() {
  const { t } = useTranslation();
  const problem = useAppStore((s) => s.problem);
  const showProblem = useAppStore((s) => s.showProblem);
  if (!problem) return null;
  return (
    <div className="problem" role="alert">
      <p className="problem-text">{t(`problem.${problem.code}`)}</p>
      <p className="problem-safe">{t('problem.safe')}</p>
      <div className="problem-actions">
        {problem.retry ? (
          <button type="button" className="button button-primary" onClick={problem.retry}>
            {t('problem.retry')}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={() => showProblem(null)}>
          {t('problem.close')}
        </button>
      </div>
      {problem.detail ? <p className="problem-detail">{problem.detail}</p> : null}
    </div>
  );
}
