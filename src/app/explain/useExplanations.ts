// The teach-back records of a case, live: re-read whenever the case doc changes (locally or by sync).
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readExplanations, type ExplanationRecord } from '../../domain/explanations';
import { useCase } from '../hooks/useCase';

const EMPTY: readonly ExplanationRecord[] = [];

/** Records of an open case doc; pass the doc of a useCase handle you already have. */
export function useExplanationRecords(doc: Y.Doc | undefined): readonly ExplanationRecord[] {
  const cache = useRef<{ doc?: Y.Doc; version: number; records: readonly ExplanationRecord[] }>({ version: -1, records: EMPTY });
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
    if (!doc) return EMPTY;
    if (cache.current.doc !== doc || cache.current.version !== version.current) {
      cache.current = { doc, version: version.current, records: readExplanations(doc) };
    }
    return cache.current.records;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** Opens the case (or reuses its open handle) and gives its records. */
export function useExplanations(caseId: string): readonly ExplanationRecord[] {
  const { loaded } = useCase(caseId);
  return useExplanationRecords(loaded.status === 'ready' ? loaded.handle.doc : undefined);
}
