// Opens a case from the tablet while a screen shows it, with a way to run commands on it; `useCase` also gives a
// live snapshot of the whole case. The screen holds the case while it is mounted and lets go when it leaves: the
// case is closed (and its log compacted) a moment after no screen and no sync needs it.
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readCase } from '../../domain/caseDoc';
import type { CaseSnapshot } from '../../domain/types';
import type { CaseHandle } from '../../storage/caseRepository';
import { useAppStore } from '../state/store';
import { keepInSync, cases } from '../services';
import { reportProblem } from './problems';
import { useDocReader } from './useDocReader';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; handle: CaseHandle }
  | { status: 'error'; error: unknown };

export interface UseCaseHandle {
  loaded: Loaded;
  /**
   * Runs a domain command, then resolves once it is committed on the tablet (true), or false on failure. The
   * case index row and the sync follow a moment later, batched with the next commands.
   */
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export interface UseCase extends UseCaseHandle {
  snapshot?: CaseSnapshot;
}

const LOADING: Loaded = { status: 'loading' };

export function useCaseHandle(caseId: string): UseCaseHandle {
  const [opened, setOpened] = useState<{ caseId: string; loaded: Loaded }>({
    caseId,
    loaded: LOADING,
  });
  useEffect(() => {
    let alive = true;
    let held: CaseHandle | undefined;
    cases.get(caseId).then(
      (handle) => {
        if (!alive) return handle.release();
        held = handle;
        keepInSync(caseId);
        setOpened({ caseId, loaded: { status: 'ready', handle } });
      },
      (error: unknown) => alive && setOpened({ caseId, loaded: { status: 'error', error } }),
    );
    return () => {
      alive = false;
      held?.release();
    };
  }, [caseId]);
  // Another case than the one opened: loading (never a command on the case before).
  const loaded = opened.caseId === caseId ? opened.loaded : LOADING;
  const handle = loaded.status === 'ready' ? loaded.handle : undefined;

  const run = useCallback(
    async (command: (doc: Y.Doc) => void): Promise<boolean> => {
      if (!handle) return false;
      // A hold for the time of the command and its write: a screen that leaves meanwhile does not close the case
      // under it. Closed already (a command after the screen left): the case is opened again for it.
      let hold = handle.retain();
      if (!hold) {
        try {
          hold = await cases.get(handle.caseId);
        } catch (error) {
          reportProblem(error);
          return false;
        }
      }
      try {
        command(hold.doc);
      } catch (error) {
        hold.release();
        reportProblem(error);
        return false;
      }
      return commit(hold);
    },
    [handle],
  );
  return { loaded, run };
}

export function useCase(caseId: string): UseCase {
  const { loaded, run } = useCaseHandle(caseId);
  const handle = loaded.status === 'ready' ? loaded.handle : undefined;
  const snapshot = useDocReader<CaseSnapshot | undefined>(handle?.doc, readCase, undefined);
  return { loaded, snapshot, run };
}

const clearProblem = () => {
  if (useAppStore.getState().problem) useAppStore.getState().showProblem(null);
};

/** The command's write commits; the hold ends once the index row counts it. A failure keeps the hold for "try again". */
const commit = async (hold: CaseHandle): Promise<boolean> => {
  try {
    await hold.commit();
  } catch (error) {
    reportProblem(error, () => void saveAgain(hold));
    return false;
  }
  clearProblem();
  hold.indexed().then(
    () => {
      keepInSync(hold.caseId);
      hold.release();
    },
    (error: unknown) => reportProblem(error, () => void saveAgain(hold)),
  );
  return true;
};

const saveAgain = async (hold: CaseHandle): Promise<boolean> => {
  try {
    await hold.save();
  } catch (error) {
    reportProblem(error, () => void saveAgain(hold));
    return false;
  }
  keepInSync(hold.caseId);
  clearProblem();
  hold.release();
  return true;
};
