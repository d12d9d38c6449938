// A screen in a chunk of its own that renders at once when its code has been fetched ahead (preload), instead of
// suspending for a frame: React.lazy suspends on its first render even when the import has already resolved, which
// painted an empty frame between Enter on the PIN pad and the case list and let background work start inside it.
import { createElement, lazy, type ComponentType } from 'react';
import { fetchOnce } from '../fetchOnce';

export interface PreloadableScreen<P> {
  Screen: ComponentType<P>;
  /** Fetches the code; a failure is thrown, and the next call (or the screen itself) tries again. */
  preload(): Promise<void>;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableScreen<P> {
  let loaded: ComponentType<P> | undefined;
  const fetchScreen = fetchOnce(() => load().then((component) => (loaded = component)));
  const Lazy = lazy(() => fetchScreen().then((component) => ({ default: component })));
  const Screen = (props: P) => createElement(loaded ?? Lazy, props);
  return { Screen, preload: () => fetchScreen().then(() => undefined) };
}
