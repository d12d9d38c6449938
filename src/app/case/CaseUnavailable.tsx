// A case that could not be opened from the tablet: the top bar and the reason in plain words.
import { useTranslation } from 'react-i18next';
import { problemCodeOf } from '../hooks/problems';
import { TopBar } from '../ui/TopBar';

export function CaseUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <TopBar />
      <main className="page" id="main">
        <p className="empty" role="alert">
          {t(`problem.${problemCodeOf(error)}`)}
        </p>
      </main>
    </>
  );
}
