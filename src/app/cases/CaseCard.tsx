// One case in the list: initials, name, language by endonym, next step, PIP deadline and sync state.
// A row of a long windowed list: it subscribes to nothing and sets up no translation of its own; the list hands
// every card the same `CardText` (t, the date format, the clock, navigation), and unchanged rows skip rendering.
import { memo } from 'react';
import { findLanguage } from '../../content/languages';
import { deadlinesOf } from '../../domain/rules';
import { DeadlineChipsView } from '../case/DeadlineChips';
import type { CaseRow } from '../../storage/db';

/** What every card shares, made once per list render (see CaseListScreen). */
export interface CardText {
  /** i18next's t for the consultant's language (its answers kept for the list). */
  t(key: string, options?: Record<string, unknown>): string;
  /** Medium date in the consultant's language (UTC, as deadlines are days). */
  day: Intl.DateTimeFormat;
  now: string;
  open(caseId: string): void;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toLocaleUpperCase())
    .join('');

/** The case page's deadline chips, short, with the list's shared words and date format. */
function CardDeadlines({ row, text }: { row: CaseRow; text: CardText }) {
  const { t, day, now } = text;
  return (
    <DeadlineChipsView
      deadlines={deadlinesOf({
        pipDue: row.pipDeadline,
        pipVastgesteldAt: row.pipVastgesteldAt,
        now,
      })}
      now={now}
      t={t}
      day={day}
    />
  );
}

/** The card's words in the person's own scripts (name, language by endonym): the fonts to have ready for it. */
export const cardWords = (row: CaseRow): string[] => [row.name, languageName(row.language)];

const languageName = (code: string): string => findLanguage(code)?.endonym ?? code;

export const CaseCard = memo(function CaseCard({ row, text }: { row: CaseRow; text: CardText }) {
  const { t } = text;
  return (
    <button type="button" className="case-card" onClick={() => text.open(row.id)}>
      <span className="avatar" aria-hidden="true">
        {initials(row.name)}
      </span>
      <span className="case-card-body">
        <span className="case-card-name">{row.name}</span>
        <span className="case-card-lang" lang={row.language}>
          {languageName(row.language)}
        </span>
        <span className="case-card-next">
          {row.lastConversationType
            ? t(`conversationType.${row.lastConversationType}`)
            : t('case.noConversation')}
        </span>
      </span>
      <span className="case-card-chips">
        {row.conflictCount ? (
          <span className="chip chip-conflict">{t('answers.conflict')}</span>
        ) : null}
        <CardDeadlines row={row} text={text} />
        <span className={`chip chip-sync chip-sync-${row.syncState}`} title={row.syncError}>
          {t(`sync.${row.syncState}`, { count: row.pendingChanges ?? 0 })}
        </span>
      </span>
    </button>
  );
});
