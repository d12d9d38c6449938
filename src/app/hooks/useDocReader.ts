// A live, cached reading of a Y.Doc for React: re-read only after the doc changed (locally or by sync).
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

export function useDocReader<T>(doc: Y.Doc | undefined, read: (doc: Y.Doc) => T, empty: T): T {
  const cache = useRef<{ doc?: Y.Doc; version: number; value: T }>({ version: -1, value: empty });
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
    if (!doc) return empty;
    if (cache.current.doc !== doc || cache.current.version !== version.current) {
      cache.current = { doc, version: version.current, value: read(doc) };
    }
    return cache.current.value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
