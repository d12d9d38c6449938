// The audit entries as a calm table: when, what (refusals marked), which case, who, and where it was written — a
// tablet's own entries marked "Tablet" with its name and when the server received them.
import { useTranslation } from 'react-i18next';
import { DELETION_REASONS } from '../../../protocol/api';
import type { PrivacyAuditEntry } from '../../../protocol/privacy';
import { formatMoment } from './privacyModel';

const DELETION_REASON_CODES: readonly string[] = DELETION_REASONS;

export function AuditTable({ entries }: { entries: PrivacyAuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatMoment(iso, i18n.language);
  /** A deletion's reason code in words (with its registration number); other reasons as the server wrote them. */
  const reasonText = (entry: PrivacyAuditEntry): string | null => {
    if (!entry.reason) return null;
    const [code, reference] = entry.reason.split(' ref:');
    if (entry.action === 'case-deleted' && code && DELETION_REASON_CODES.includes(code)) {
      return [t(`backoffice.privacy.reason.${code}`), reference].filter(Boolean).join(' · ');
    }
    return entry.reason;
  };
  return (
    <div className="privacy-table-wrap">
      <table className="caseload privacy-log">
        <caption className="visually-hidden">{t('backoffice.privacy.log.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backoffice.privacy.log.when')}</th>
            <th scope="col">{t('backoffice.privacy.log.action')}</th>
            <th scope="col">{t('backoffice.privacy.log.case')}</th>
            <th scope="col">{t('backoffice.privacy.log.who')}</th>
            <th scope="col">{t('backoffice.privacy.log.source')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr
              key={entry.key}
              data-source={entry.source}
              className={entry.outcome === 'refused' ? 'privacy-refused' : undefined}
            >
              <td>{when(entry.at)}</td>
              <th scope="row">
                <span className="privacy-what">
                  {t(`backoffice.privacy.action.${entry.action}`, { defaultValue: entry.action })}
                </span>
                {entry.outcome === 'refused' ? (
                  <span className="chip chip-overdue">{t('backoffice.privacy.log.refused')}</span>
                ) : null}
                {reasonText(entry) ? (
                  <span className="hint privacy-reason">{reasonText(entry)}</span>
                ) : null}
              </th>
              <td>
                {entry.caseId
                  ? (entry.caseName ??
                    `${t('backoffice.privacy.log.caseNumber')} ${entry.caseId.slice(0, 8)}`)
                  : (entry.target ?? '—')}
              </td>
              <td>
                {entry.foreign ? t('backoffice.privacy.log.elsewhere') : (entry.userEmail ?? '—')}
              </td>
              <td>
                <span
                  className={`chip ${entry.source === 'tablet' ? 'privacy-chip-tablet' : 'privacy-chip-server'}`}
                >
                  {t(
                    entry.source === 'tablet'
                      ? 'backoffice.privacy.log.tablet'
                      : 'backoffice.privacy.log.server',
                  )}
                </span>
                {entry.deviceName ? (
                  <span className="hint privacy-device">{entry.deviceName}</span>
                ) : null}
                {entry.receivedAt ? (
                  <span className="hint privacy-device">
                    {t('backoffice.privacy.log.received', { when: when(entry.receivedAt) })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
