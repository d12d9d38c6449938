// The PIP of a case, for the consultant: the builder, the versions, and a version's letter or picture plan.
// Loaded apart from the start bundle (App.tsx lazy-loads it).
import { useTranslation } from 'react-i18next';
import { CaseUnavailable } from '../case/CaseUnavailable';
import { useCase } from '../hooks/useCase';
import type { PipView } from '../state/route';
import { useAppStore } from '../state/store';
import { TopBar } from '../ui/TopBar';
import { LetterView } from './LetterView';
import { PicturePlanView } from './PicturePlanView';
import { PlanBuilder } from './PlanBuilder';
import { VersionsView } from './VersionsView';
import { useVersions } from './usePip';
import './pip.css';

export default function PipScreen({
  caseId,
  view,
  versionId,
}: {
  caseId: string;
  view: PipView;
  versionId?: string;
}) {
  const { t } = useTranslation();
  const { loaded, snapshot, run } = useCase(caseId);
  const doc = loaded.status === 'ready' ? loaded.handle.doc : undefined;
  const versions = useVersions(doc);
  const navigate = useAppStore((s) => s.navigate);
  if (loaded.status === 'error') return <CaseUnavailable error={loaded.error} />;
  if (!snapshot || !doc) return <TopBar />;
  const version = versions.find((v) => v.id === versionId) ?? versions.at(-1);
  const printing = view === 'letter' || view === 'picture';
  return (
    <>
      <TopBar title={t('plan.title', { name: snapshot.profile.name })} />
      <nav className="pip-tabs no-print" aria-label={t('plan.views')}>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate({ name: 'case', caseId })}
        >
          ← {t('plan.backToCase')}
        </button>
        {(['plan', 'versions'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={`button ${view === v ? 'button-primary' : 'button-secondary'}`}
            aria-current={view === v ? 'page' : undefined}
            onClick={() => navigate({ name: 'pip', caseId, view: v }, { replace: true })}
          >
            {t(`plan.view.${v}`)}
            {v === 'versions' && versions.length ? ` (${versions.length})` : ''}
          </button>
        ))}
      </nav>
      <main className={`page pip-page${printing ? ' pip-print' : ''}`} id="main">
        {view === 'plan' ? (
          <PlanBuilder
            caseId={caseId}
            snapshot={snapshot}
            doc={doc}
            run={run}
            versions={versions}
          />
        ) : null}
        {view === 'versions' ? <VersionsView caseId={caseId} versions={versions} /> : null}
        {view === 'letter' && version ? (
          <LetterView version={version} number={versions.indexOf(version) + 1} />
        ) : null}
        {view === 'picture' && version ? <PicturePlanView version={version} /> : null}
        {printing && !version ? <p className="empty">{t('plan.noVersion')}</p> : null}
      </main>
    </>
  );
}
