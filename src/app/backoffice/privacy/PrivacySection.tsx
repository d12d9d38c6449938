// The back office's privacy part (AVG, teamleider): choose a case, give inzage or delete it on request, and read
// the municipality's audit log with the tablets' own entries. Each part renders and dispatches; the server audits.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditView } from './AuditView';
import { CasePicker } from './CasePicker';
import { DeletionPanel } from './DeletionPanel';
import { InzagePanel } from './InzagePanel';
import type { AuditViewFilter } from './privacyApi';
import type { ChosenCase } from './privacyModel';
import { useCaseChoices } from './useCaseChoices';
import './privacy.css';

export default function PrivacySection() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenCase | null>(null);
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState<AuditViewFilter>({});
  const choices = useCaseChoices(version);

  const choose = (next: ChosenCase) => {
    setChosen(next);
    // The log follows the choice when it was showing the previous case.
    setFilter((f) => (f.caseId ? { ...f, caseId: next.caseId } : f));
  };
  const onDeleted = () => {
    if (chosen) setDeleted((s) => new Set([...s, chosen.caseId]));
    setVersion((v) => v + 1);
  };
  const isDeleted = chosen !== null && deleted.has(chosen.caseId);

  return (
    <div className="privacy">
      <p className="privacy-intro">{t('backoffice.privacy.intro')}</p>
      <section className="privacy-card" aria-labelledby="privacy-pick">
        <h2 id="privacy-pick">{t('backoffice.privacy.pick.title')}</h2>
        <CasePicker choices={choices} chosen={chosen} onChoose={choose} />
      </section>
      <div className="privacy-requests">
        <section className="privacy-card" aria-labelledby="privacy-inzage">
          <h2 id="privacy-inzage">{t('backoffice.privacy.inzage.title')}</h2>
          {chosen ? (
            <p className="privacy-chosen">{chosen.name ?? t('backoffice.unnamed')}</p>
          ) : (
            <p className="hint">{t('backoffice.privacy.pick.first')}</p>
          )}
          {chosen && !isDeleted ? <InzagePanel key={chosen.caseId} chosen={chosen} /> : null}
          {isDeleted ? <p className="hint">{t('backoffice.privacy.remove.isDeleted')}</p> : null}
        </section>
        <section className="privacy-card" aria-labelledby="privacy-remove">
          <h2 id="privacy-remove">{t('backoffice.privacy.remove.title')}</h2>
          {chosen ? (
            <p className="privacy-chosen">{chosen.name ?? t('backoffice.unnamed')}</p>
          ) : (
            <p className="hint">{t('backoffice.privacy.pick.first')}</p>
          )}
          {chosen ? (
            <DeletionPanel key={chosen.caseId} chosen={chosen} onDeleted={onDeleted} />
          ) : null}
        </section>
      </div>
      <section className="privacy-card privacy-log-card" aria-labelledby="privacy-log">
        <h2 id="privacy-log">{t('backoffice.privacy.log.title')}</h2>
        <AuditView filter={filter} chosen={chosen} onFilterChange={setFilter} version={version} />
      </section>
    </div>
  );
}
