// The caseload as a table: who, language, consultant, route, and the PIP's deadline and the term as chips
// (amber two weeks ahead, red when late, "vastgesteld" once the plan is set), overdue first. The consultant is a
// choice: handing a case to another consultant reaches her tablet by itself (the server tells the tablets).
import { useTranslation } from 'react-i18next';
import { findLanguage } from '../../content/languages';
import type { CaseloadRow } from '../../protocol/backoffice';
import { deadlinesOf } from '../../domain/rules';
import { DeadlineChips } from '../case/DeadlineChips';

export interface Consultant {
  id: string;
  email: string;
}

interface Props {
  rows: CaseloadRow[];
  consultants: Consultant[];
  onAssign(caseId: string, userId: string): void;
}

export function CaseloadTable({ rows, consultants, onAssign }: Props) {
  const { t } = useTranslation();
  const now = new Date().toISOString();
  if (rows.length === 0) return <p className="empty">{t('backoffice.none')}</p>;
  return (
    <table className="caseload" data-testid="caseload">
      <caption className="visually-hidden">{t('backoffice.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('case.name')}</th>
          <th scope="col">{t('backoffice.language')}</th>
          <th scope="col">{t('backoffice.consultant')}</th>
          <th scope="col">{t('backoffice.route')}</th>
          <th scope="col">{t('backoffice.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.caseId} data-testid="caseload-row" className={`caseload-${r.urgency}`}>
            <th scope="row">{r.name ?? t('backoffice.unnamed')}</th>
            <td>
              {r.languages.map((code) => findLanguage(code)?.dutchName ?? code).join(', ') ||
                (r.language ? (findLanguage(r.language)?.dutchName ?? r.language) : '—')}
            </td>
            <td>
              <select
                aria-label={t('backoffice.assignTo', { name: r.name ?? t('backoffice.unnamed') })}
                value={r.consultantId ?? ''}
                onChange={(e) => e.target.value && onAssign(r.caseId, e.target.value)}
                data-testid="assign"
              >
                {r.consultantId ? null : <option value="">—</option>}
                {r.consultantId && !consultants.some((c) => c.id === r.consultantId) ? (
                  <option value={r.consultantId}>{r.consultantEmail ?? r.consultantId}</option>
                ) : null}
                {consultants.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.email}
                  </option>
                ))}
              </select>
            </td>
            <td>{r.leerroute ? t(`pip.route.${r.leerroute}`) : '—'}</td>
            <td>
              {r.pipDeadline ? (
                <div className="caseload-deadlines">
                  <DeadlineChips
                    deadlines={deadlinesOf({
                      pipDue: r.pipDeadline,
                      ...(r.pipVastgesteldAt ? { pipVastgesteldAt: r.pipVastgesteldAt } : {}),
                      now,
                    })}
                    now={now}
                    long
                  />
                </div>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
