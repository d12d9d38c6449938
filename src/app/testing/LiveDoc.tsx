// For component tests: renders a case panel over a live Y.Doc, again on every change (as the case page does),
// with a `run` that applies a command to that doc.
import { useEffect, useReducer, type ReactNode } from 'react';
import type * as Y from 'yjs';

export type Run = (command: (doc: Y.Doc) => void) => Promise<boolean>;

export function LiveDoc({ doc, children }: { doc: Y.Doc; children: (run: Run) => ReactNode }) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    doc.on('update', rerender);
    return () => doc.off('update', rerender);
  }, [doc]);
  const run: Run = async (command) => {
    command(doc);
    return true;
  };
  return <>{children(run)}</>;
}
