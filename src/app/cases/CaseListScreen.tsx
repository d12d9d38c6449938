// Home for the consultant: a big "new conversation" button, search, and the cases on this tablet.
// The case index is read once into memory (useCaseIndex); a search runs over it, deferred so typing never waits
// for the list, and the list renders only the cards near the screen (CaseGrid). Typing re-renders the list's
// section only, not the top bar and its readiness chip. The chip and the lines of cards beyond the screen come in
// the frame after the list's first paint. The same screen renders hidden with sample cards while the PIN is typed
// (`rehearsal`, rehearseCaseList.tsx): then it has no ids, and its list is the sample, never the tablet's cases.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchIndex, type SearchIndex } from '../../domain/caseSearch';
import { TopBar } from '../ui/TopBar';
import { ReadinessChip } from '../ui/ReadinessChip';
import { Button } from '../ui/Button';
import { useAppStore } from '../state/store';
import { AfterPaint } from '../hooks/useAfterPaint';
import type { CaseRow } from '../../storage/db';
import type { CardText } from './CaseCard';
import { useCaseIndex } from './caseIndex';
import { dayFormat } from './dayFormat';
import { CaseGrid } from './CaseGrid';
import { NewCaseDialog } from './NewCaseDialog';

export function CaseListScreen({ rehearsal }: { rehearsal?: SearchIndex<CaseRow> } = {}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <TopBar>
        {/* Its facts (voices, storage, install state) are gathered after the list is on the screen. */}
        <AfterPaint>
          <ReadinessChip />
        </AfterPaint>
      </TopBar>
      <main className="page home" id={rehearsal ? undefined : 'main'}>
        <section className="home-intro">
          <h1>{t('home.title')}</h1>
          <Button
            variant="primary"
            pictogram="add"
            className="button-huge"
            onClick={() => setCreating(true)}
          >
            {t('home.newCase')}
          </Button>
        </section>
        {rehearsal ? <CaseListSection index={rehearsal} rehearsal /> : <LiveCaseListSection />}
      </main>
      {creating ? <NewCaseDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}

/** The list of the tablet's cases, read once into memory and kept up to date. */
function LiveCaseListSection() {
  return <CaseListSection index={useCaseIndex()} />;
}

function CaseListSection({
  index,
  rehearsal = false,
}: {
  index: SearchIndex<CaseRow> | undefined;
  rehearsal?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const headingId = rehearsal ? undefined : 'cases-heading';
  const rows = useMemo(
    () => (index ? searchIndex(index, deferredQuery) : undefined),
    [index, deferredQuery],
  );
  const text = useMemo(
    () => cardText(t, i18n.language, (caseId) => navigate({ name: 'case', caseId })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- index: a fresh clock for fresh rows
    [t, i18n.language, navigate, index],
  );
  return (
    <section className="home-list" aria-labelledby={headingId}>
      <div className="home-list-head">
        <h2 id={headingId}>{t('home.cases')}</h2>
        <label className="search">
          <span className="visually-hidden">{t('home.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('home.search')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="empty">{deferredQuery.trim() ? t('home.noMatch') : t('home.empty')}</p>
      ) : (
        <CaseGrid rows={rows} text={text} labelledBy={headingId} />
      )}
    </section>
  );
}

/**
 * What every card shares: one clock, one date format (made once per language), and translations made once per list
 * (most cards say the same "Op de server", "Brede intake deel A"), not once per card and render.
 */
const cardText = (
  t: (key: string, options?: Record<string, unknown>) => string,
  language: string,
  open: (caseId: string) => void,
): CardText => {
  const made = new Map<string, string>();
  return {
    t: (key, options) => {
      const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
      let text = made.get(id);
      if (text === undefined) made.set(id, (text = t(key, options)));
      return text;
    },
    day: dayFormat(language),
    now: new Date().toISOString(),
    open,
  };
};
