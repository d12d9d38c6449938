// Opens a case from the tablet and gives a live snapshot of its doc, plus a way to run commands on it.
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readCase } from '../../domain/caseDoc';
import type { CaseSnapshot } from '../../domain/types';
import type { CaseHandle } from '../../storage/caseRepository';
import { useAppStore } from '../state/store';
import { keepInSync, cases } from '../services';
import { reportProblem } from './problems';
import { useDocReader } from './useDocReader';

type Loaded = { status: 'loading' } | { status: 'ready'; handle: CaseHandle } | { status: 'error'; error: unknown };

export interface UseCase {
  loaded: Loaded;
  snapshot?: CaseSnapshot;
  /** Runs a domain command, then resolves only once it is stored on the tablet. Returns false on failure. */
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function useCase(caseId: string): UseCase {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    cases.get(caseId).then(
      (handle) => {
        keepInSync(caseId);
        if (alive) setLoaded({ status: 'ready', handle });
      },
      (error: unknown) => alive && setLoaded({ status: 'error', error }),
    );
    return () => {
      alive = false;
    };
  }, [caseId]);
  const handle = loaded.status === 'ready' ? loaded.handle : undefined;
  const snapshot = useDocReader<CaseSnapshot | undefined>(handle?.doc, readCase, undefined);

  const run = useCallback(
    async (command: (doc: Y.Doc) => void): Promise<boolean> => {
      if (!handle) return false;
      try {
        command(handle.doc);
      } catch (error) {
        reportProblem(error);
        return false;
      }
      return saveWithRetry(handle);
    },
    [handle],
  );
  return { loaded, snapshot, run };
}

const saveWithRetry = async (handle: CaseHandle): Promise<boolean> => {
  try {
    await handle.save();
    keepInSync(handle.caseId);
    useAppStore.getState().showProblem(null);
    return true;
  } catch (error) {
    reportProblem(error, () => void saveWithRetry(handle));
    return false;
  }
};
