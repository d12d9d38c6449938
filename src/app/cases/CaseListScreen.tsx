// Home for the consultant: a big "new conversation" button, search, and the cases on this tablet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TopBar } from '../ui/TopBar';
import { ReadinessChip } from '../ui/ReadinessChip';
import { Button } from '../ui/Button';
import { useCaseList } from '../hooks/useCaseList';
import { CaseCard } from './CaseCard';
import { NewCaseDialog } from './NewCaseDialog';

export function CaseListScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const rows = useCaseList(query);
  return (
    <>
      <TopBar>
        <ReadinessChip />
      </TopBar>
      <main className="page home" id="main">
        <section className="home-intro">
          <h1>{t('home.title')}</h1>
          <Button variant="primary" pictogram="add" className="button-huge" onClick={() => setCreating(true)}>
            {t('home.newCase')}
          </Button>
        </section>
        <section className="home-list" aria-labelledby="cases-heading">
          <div className="home-list-head">
            <h2 id="cases-heading">{t('home.cases')}</h2>
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
            <p className="empty">{query ? t('home.noMatch') : t('home.empty')}</p>
          ) : (
            <ul className="case-grid">
              {rows.map((row) => (
                <li key={row.id}>
                  <CaseCard row={row} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      {creating ? <NewCaseDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
