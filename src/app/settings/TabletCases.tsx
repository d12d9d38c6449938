// What is on this tablet: every case with its sync state; a case leaves only once the server has all of it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_CHOICES, DEFAULT_RETENTION_DAYS } from '../../domain/retention';
import { useCaseList } from '../hooks/useCaseList';
import { reportProblem } from '../hooks/problems';
import { cases, settings } from '../services';

export function TabletCases({
  retentionDays,
  onRetention,
}: {
  retentionDays: number;
  onRetention(days: number): void;
}) {
  const { t } = useTranslation();
  const rows = useCaseList('');
  const [busy, setBusy] = useState<string | null>(null);
  const remove = async (caseId: string) => {
    setBusy(caseId);
    try {
      await cases.removeFromTablet(caseId, 'by-consultant');
    } catch (error) {
      reportProblem(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="tablet-heading" className="card">
      <h2 id="tablet-heading">{t('settings.onTablet')}</h2>
      <label className="field">
        <span>{t('settings.retention')}</span>
        <select
          value={retentionDays}
          onChange={(e) => {
            const days = Number(e.target.value);
            void settings.write('retentionDays', days).then(() => onRetention(days));
          }}
        >
          {RETENTION_CHOICES.map((days) => (
            <option key={days} value={days}>
              {t('settings.days', { count: days })}
              {days === DEFAULT_RETENTION_DAYS ? ` (${t('settings.default')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <ul className="plain-list tablet-cases">
        {(rows ?? []).map((row) => (
          <li key={row.id}>
            <span className="tablet-case-name">{row.name}</span>
            <span className={`chip chip-sync chip-sync-${row.syncState}`}>
              {t(`sync.${row.syncState}`, { count: row.pendingChanges ?? 0 })}
            </span>
            <button
              type="button"
              className="button button-quiet"
              disabled={row.dirty !== 0 || busy === row.id}
              onClick={() => void remove(row.id)}
            >
              {t('settings.remove')}
              <span className="visually-hidden">: {row.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('settings.removeWhy')}</p>
    </section>
  );
}
