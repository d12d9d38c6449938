// A live snapshot of one drawing: re-read whenever anything under the doc's drawings changes, local or synced.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { drawingsMap, readDrawing, type Drawing } from '../../domain/drawings';

export function useDrawing(doc: Y.Doc, drawingId: string): Drawing | undefined {
  const version = useRef(0);
  const cache = useRef<{ key?: string; version: number; drawing?: Drawing }>({ version: -1 });
  const subscribe = useCallback(
    (onChange: () => void) => {
      const drawings = drawingsMap(doc);
      const handler = () => {
        version.current++;
        onChange();
      };
      drawings.observeDeep(handler);
      return () => drawings.unobserveDeep(handler);
    },
    [doc],
  );
  const getSnapshot = () => {
    const key = `${doc.guid}/${drawingId}`;
    if (cache.current.key !== key || cache.current.version !== version.current) {
      cache.current = { key, version: version.current, drawing: readDrawing(doc, drawingId) };
    }
    return cache.current.drawing;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
