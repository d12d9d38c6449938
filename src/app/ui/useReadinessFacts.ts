// Gathers the facts of "klaar voor onderweg" and re-checks on each event that can change one: the
// service worker taking control, storage being granted, a new case download, voices loading, a prompt
// recorded, the server connection, the app being installed.
import { useEffect, useState } from 'react';
import type { ReadinessFacts } from '../../domain/readiness';
import type { CaseRow } from '../../storage/db';
import { watchSetting } from '../../storage/settingsWatch';
import { contentMedia } from '../audio/mediaServices';
import { languagesWithoutVoice, useVoices } from '../audio/voices';
import { useInstallState } from '../pwa/installPrompt';
import { readBrowserFacts, storageClearedWhenUnused } from '../pwa/platform';
import { db } from '../services';
import { useAppStore } from '../state/store';
import { isStoragePersisted } from '../../storage/deviceStorage';

const isControlled = () => !!navigator.serviceWorker?.controller;

/** Facts of the tablet itself; the case rows give the rest. */
export const useReadinessFacts = (
  rows: readonly CaseRow[],
): Omit<ReadinessFacts, 'casesWaiting' | 'casesWithError'> => {
  const serverStatus = useAppStore((s) => s.serverStatus);
  const signedIn = useAppStore((s) => s.session.status === 'signed-in');
  const [appCached, setAppCached] = useState(isControlled);
  const [storagePersisted, setStoragePersisted] = useState(false);
  const [casesDownloadedAt, setCasesDownloadedAt] = useState<string | undefined>(undefined);
  const [promptLanguages, setPromptLanguages] = useState<Set<string>>(new Set());
  const voices = useVoices();
  // Re-renders when the app is installed or the display mode changes; the facts below are read fresh.
  useInstallState();
  const browser = readBrowserFacts();

  useEffect(() => {
    const check = () => {
      setAppCached(isControlled());
      void isStoragePersisted().then(setStoragePersisted);
    };
    check();
    navigator.serviceWorker?.addEventListener('controllerchange', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      navigator.serviceWorker?.removeEventListener('controllerchange', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [serverStatus]);
  useEffect(
    () =>
      watchSetting(db, 'casesDownloadedAt', (v) =>
        setCasesDownloadedAt(typeof v === 'string' ? v : undefined),
      ),
    [],
  );
  useEffect(
    () =>
      contentMedia.observe((infos) =>
        setPromptLanguages(
          new Set(infos.filter((i) => i.kind === 'prompt' && !i.removed).map((i) => i.language)),
        ),
      ),
    [],
  );

  const caseLanguages = [...new Set(rows.map((r) => r.language))].filter((l) => l !== 'nl');
  return {
    appCached,
    storagePersisted,
    installed: browser.standalone,
    storageClearedWhenUnused: storageClearedWhenUnused(browser),
    signedIn,
    ...(casesDownloadedAt ? { casesDownloadedAt } : {}),
    languagesWithoutAudio: languagesWithoutVoice(voices, caseLanguages).filter(
      (l) => !promptLanguages.has(l),
    ),
  };
};
