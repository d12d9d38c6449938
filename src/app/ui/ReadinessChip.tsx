// "Klaar voor onderweg": one glance tells the consultant whether the tablet can go a day without network.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessGaps, type ReadinessGap } from '../../domain/readiness';
import { useCaseList } from '../hooks/useCaseList';
import { findLanguage } from '../../content/languages';
import { InstallHelp } from '../pwa/InstallHelp';
import { Dialog } from './Dialog';
import { useReadinessFacts } from './useReadinessFacts';

export function ReadinessChip() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rows = useCaseList('');
  const facts = useReadinessFacts(rows ?? []);
  if (!rows) return null;
  const gaps: ReadinessGap[] = readinessGaps(
    {
      ...facts,
      casesWaiting: rows.filter((r) => r.dirty === 1).length,
      casesWithError: rows.filter((r) => r.syncState === 'error').length,
    },
    new Date().toISOString(),
  );
  const ready = gaps.length === 0;
  return (
    <>
      <button
        type="button"
        className={`chip chip-button ${ready ? 'chip-online' : 'chip-soon'}`}
        onClick={() => setOpen(true)}
        data-testid="readiness"
      >
        {ready ? `✓ ${t('ready.yes')}` : t('ready.no', { count: gaps.length })}
      </button>
      {open ? (
        <Dialog titleId="ready-title" onClose={() => setOpen(false)}>
          <div className="form">
            <h2 id="ready-title">{t('ready.title')}</h2>
            {ready ? <p>{t('ready.allGood')}</p> : null}
            <ul className="plain-list ready-list">
              {gaps.map((gap) => (
                <li key={gap} data-gap={gap}>
                  {t(`ready.gap.${gap}`, {
                    languages: facts.languagesWithoutAudio
                      .map((l) => findLanguage(l)?.endonym ?? l)
                      .join(', '),
                  })}
                  {/* Both storage gaps ask for the home-screen app: show how, right here. */}
                  {gap === 'storage-seven-days' || gap === 'storage-not-persisted' ? (
                    <InstallHelp showWhy={false} />
                  ) : null}
                </li>
              ))}
            </ul>
            <button type="button" className="button button-primary" onClick={() => setOpen(false)}>
              {t('problem.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
