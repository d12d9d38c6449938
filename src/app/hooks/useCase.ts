// Opens a case from the tablet and gives a live snapshot of its doc, plus a way to run commands on it.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readCase } from '../../domain/caseDoc';
import type { CaseSnapshot } from '../../domain/types';
import type { CaseHandle } from '../../storage/caseRepository';
import { useAppStore } from '../state/store';
import { keepInSync, cases } from '../services';
import { reportProblem } from './problems';

type Loaded = { status: 'loading' } | { status: 'ready'; handle: CaseHandle } | { status: 'error'; error: unknown };

const useDocSnapshot = (doc: Y.Doc | undefined): CaseSnapshot | undefined => {
  const cache = useRef<{ doc?: Y.Doc; version: number; snapshot?: CaseSnapshot }>({ version: -1 });
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => {};
      const handler = () => {
        version.current++;
        onChange();
      };
      doc.on('update', handler);
      return () => doc.off('update', handler);
    },
    [doc],
  );
  const getSnapshot = () => {
    if (!doc) return undefined;
    if (cache.current.doc !== doc || cache.current.version !== version.current) {
      cache.current = { doc, version: version.current, snapshot: readCase(doc) };
    }
    return cache.current.snapshot;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
};

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
  const snapshot = useDocSnapshot(handle?.doc);

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
