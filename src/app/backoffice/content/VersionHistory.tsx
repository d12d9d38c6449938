// Earlier versions of one entry of the municipality's content, newest first: when, by whom, checked by whom, and
// what it said. Loaded only when opened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentKind, ContentVersion } from '../../../protocol/municipalContent';
import { FailureNotice } from '../FailureNotice';
import { useBackofficeData } from '../useBackofficeData';

/** A version's value in one line: the text, the figure and its source, or "taken back". */
const summaryOf = (value: unknown): string | null => {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.text === 'string') return v.text;
  const source = v.source as { title?: string; article?: string } | undefined;
  return [
    typeof v.value === 'number' ? String(v.value) : null,
    source?.title,
    source?.article,
    typeof v.checkedAt === 'string' ? v.checkedAt : null,
    typeof v.name === 'string' ? v.name : null,
  ]
    .filter(Boolean)
    .join(' · ');
};

export function VersionHistory({
  kind,
  contentKey,
  language = '',
  version,
}: {
  kind: ContentKind;
  contentKey: string;
  language?: string;
  version: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="version-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('backoffice.content.history')}</summary>
      {open ? (
        <Versions key={version} kind={kind} contentKey={contentKey} language={language} />
      ) : null}
    </details>
  );
}

function Versions({
  kind,
  contentKey,
  language,
}: {
  kind: ContentKind;
  contentKey: string;
  language: string;
}) {
  const { t, i18n } = useTranslation();
  const versions = useBackofficeData<ContentVersion[]>('/api/backoffice/content/history', {
    kind,
    key: contentKey,
    language,
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (versions.status === 'loading') return <p className="hint">{t('backoffice.loading')}</p>;
  if (versions.status === 'failed') return <FailureNotice reason={versions.reason} />;
  if (versions.data.length === 0)
    return <p className="hint">{t('backoffice.content.noHistory')}</p>;
  return (
    <ol className="plain-list version-list">
      {versions.data.map((v) => (
        <li key={v.seq}>
          <span className="hint">
            {when.format(new Date(v.changedAt))} · {v.changedBy ?? '—'}
            {v.reviewedBy
              ? ` · ${t('backoffice.content.checkedOn', { reviewer: v.reviewedBy, date: v.reviewedAt?.slice(0, 10) })}`
              : ''}
          </span>
          <div>{summaryOf(v.value) ?? t('backoffice.content.takenBack')}</div>
        </li>
      ))}
    </ol>
  );
}
