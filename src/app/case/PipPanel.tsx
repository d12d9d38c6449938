// The PIP on the case page: both deadlines, and the way into the plan builder and its versions.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { pipVastgesteldAt, readVersions, type PipVersion } from '../../domain/pip/versions';
import { caseDeadlines } from '../../domain/rules';
import { pipDeadlineInputs } from '../../domain/summary';
import type { CaseSnapshot } from '../../domain/types';
import { useDocReader } from '../hooks/useDocReader';
import { useAppStore } from '../state/store';
import { DeadlineChips } from './DeadlineChips';

const NONE: PipVersion[] = [];

export function PipPanel({
  caseId,
  snapshot,
  doc,
}: {
  caseId: string;
  snapshot: CaseSnapshot;
  doc?: Y.Doc;
}) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const versions = useDocReader(doc, readVersions, NONE);
  const now = new Date().toISOString();
  const deadlines = caseDeadlines({
    ...pipDeadlineInputs(snapshot, now),
    pipVastgesteldAt: pipVastgesteldAt(versions),
    now,
  });
  return (
    <section className="pip-panel" aria-labelledby="pip-heading" data-testid="pip-panel">
      <h2 id="pip-heading">{t('plan.panel')}</h2>
      <p className="row">
        <DeadlineChips deadlines={deadlines} now={now} long />
        {deadlines.pip.estimated && deadlines.pip.urgency !== 'met' ? (
          <span className="hint">{t('deadline.estimated')}</span>
        ) : null}
      </p>
      <p className="row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate({ name: 'pip', caseId, view: 'plan' })}
        >
          {versions.length ? t('plan.open') : t('plan.make')}
        </button>
        {versions.length ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => navigate({ name: 'pip', caseId, view: 'versions' })}
          >
            {t('plan.versionsCount', { count: versions.length })}
          </button>
        ) : null}
      </p>
    </section>
  );
}
