// One case in the list: initials, name, language by endonym, next step, PIP deadline and sync state.
import { useTranslation } from 'react-i18next';
import { findLanguage } from '../../content/languages';
import { deadlinesOf } from '../../domain/rules';
import { DeadlineChips } from '../case/DeadlineChips';
import type { CaseRow } from '../../storage/db';
import { useAppStore } from '../state/store';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toLocaleUpperCase())
    .join('');

export function CaseCard({ row }: { row: CaseRow }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const now = new Date().toISOString();
  const deadlines = deadlinesOf({ pipDue: row.pipDeadline, pipVastgesteldAt: row.pipVastgesteldAt, now });
  const language = findLanguage(row.language);
  return (
    <button type="button" className="case-card" onClick={() => navigate({ name: 'case', caseId: row.id })}>
      <span className="avatar" aria-hidden="true">
        {initials(row.name)}
      </span>
      <span className="case-card-body">
        <span className="case-card-name">{row.name}</span>
        <span className="case-card-lang" lang={row.language}>
          {language?.endonym ?? row.language}
        </span>
        <span className="case-card-next">
          {row.lastConversationType ? t(`conversationType.${row.lastConversationType}`) : t('case.noConversation')}
        </span>
      </span>
      <span className="case-card-chips">
        {row.conflictCount ? <span className="chip chip-conflict">{t('answers.conflict')}</span> : null}
        <DeadlineChips deadlines={deadlines} now={now} />
        <span className={`chip chip-sync chip-sync-${row.syncState}`} title={row.syncError}>
          {t(`sync.${row.syncState}`, { count: row.pendingChanges ?? 0 })}
        </span>
      </span>
    </button>
  );
}
