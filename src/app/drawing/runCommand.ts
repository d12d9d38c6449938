// How the drawing screens run a domain command on the case doc: through the case's `run` (useCase) when given, so
// every change is confirmed stored and a refusal reaches the problem banner; else on the doc directly (tests, demos).
import { useCallback } from 'react';
import type * as Y from 'yjs';

/** Runs a domain command on the case doc; resolves once it is stored (as `useCase().run` does). */
export type RunCommand = (command: (doc: Y.Doc) => void) => Promise<boolean>;

export function useRunCommand(doc: Y.Doc, run: RunCommand | undefined): RunCommand {
  return useCallback<RunCommand>(
    (command) => {
      if (run) return run(command);
      try {
        command(doc);
        return Promise.resolve(true);
      } catch (error) {
        console.error(error);
        return Promise.resolve(false);
      }
    },
    [run, doc],
  );
}
