// A live snapshot of one drawing: re-read whenever the doc's drawings or strokes change, local or synced.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { drawingsMap, readDrawing, strokesArray, type Drawing } from '../../domain/drawings';

export function useDrawing(doc: Y.Doc, drawingId: string): Drawing | undefined {
  const version = useRef(0);
  const cache = useRef<{ key?: string; version: number; drawing?: Drawing }>({ version: -1 });
  const subscribe = useCallback(
    (onChange: () => void) => {
      const shared = [drawingsMap(doc), strokesArray(doc)];
      const handler = () => {
        version.current++;
        onChange();
      };
      for (const type of shared) type.observeDeep(handler);
      return () => shared.forEach((type) => type.unobserveDeep(handler));
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
