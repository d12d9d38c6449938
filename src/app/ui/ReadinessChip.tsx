// "Klaar voor onderweg": one glance tells the consultant whether the tablet can go a day without network.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessGaps, type ReadinessGap } from '../../domain/readiness';
import { useCaseList } from '../hooks/useCaseList';
import { db } from '../services';
import { useAppStore } from '../state/store';
import { Dialog } from './Dialog';

const useDeviceFacts = () => {
  const [facts, setFacts] = useState({ appCached: false, storagePersisted: false, casesDownloadedAt: undefined as string | undefined });
  const serverStatus = useAppStore((s) => s.serverStatus);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const storagePersisted = (await navigator.storage?.persisted?.()) ?? false;
      const downloaded = (await db.settings.get('casesDownloadedAt'))?.value as string | undefined;
      const appCached = !!navigator.serviceWorker?.controller;
      if (alive) setFacts({ appCached, storagePersisted, casesDownloadedAt: downloaded });
    })();
    return () => {
      alive = false;
    };
  }, [serverStatus]);
  return facts;
};

export function ReadinessChip() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rows = useCaseList('');
  const signedIn = useAppStore((s) => s.session.status === 'signed-in');
  const device = useDeviceFacts();
  if (!rows) return null;
  const gaps: ReadinessGap[] = readinessGaps(
    {
      ...device,
      signedIn,
      casesWaiting: rows.filter((r) => r.dirty === 1).length,
      casesWithError: rows.filter((r) => r.syncState === 'error').length,
    },
    new Date().toISOString(),
  );
  const ready = gaps.length === 0;
  return (
    <>
      <button type="button" className={`chip chip-button ${ready ? 'chip-online' : 'chip-soon'}`} onClick={() => setOpen(true)} data-testid="readiness">
        {ready ? `✓ ${t('ready.yes')}` : t('ready.no', { count: gaps.length })}
      </button>
      {open ? (
        <Dialog titleId="ready-title" onClose={() => setOpen(false)}>
          <div className="form">
            <h2 id="ready-title">{t('ready.title')}</h2>
            {ready ? <p>{t('ready.allGood')}</p> : null}
            <ul className="plain-list ready-list">
              {gaps.map((gap) => (
                <li key={gap}>{t(`ready.gap.${gap}`)}</li>
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
