// The app's UI state (zustand): current route, connectivity, update prompt and the error to show.
import { create } from 'zustand';
import type { SessionState } from '../../sync/session';
import type { ConnectionStatus } from '../../sync/syncEngine';
import { hashToRoute, routeToHash, type Route } from './route';

export type ProblemCode =
  | 'quota'
  | 'unavailable'
  | 'write-failed'
  | 'timeout'
  | 'not-found'
  | 'not-synced'
  | 'case-deleted'
  | 'schema-too-new'
  | 'unknown';

export interface Problem {
  code: ProblemCode;
  /** Technical detail for the consultant or IT; never shown as the main message. */
  detail?: string;
  retry?: () => void;
}

interface AppState {
  route: Route;
  online: boolean;
  serverStatus: ConnectionStatus;
  session: SessionState;
  updateReady: boolean;
  /** The municipality retired this tablet: it sends what it has, then wipes itself. */
  retiring: boolean;
  problem: Problem | null;
  navigate(route: Route, options?: { replace?: boolean }): void;
  setOnline(online: boolean): void;
  setServerStatus(status: ConnectionStatus): void;
  setSession(session: SessionState): void;
  setUpdateReady(ready: boolean): void;
  setRetiring(retiring: boolean): void;
  showProblem(problem: Problem | null): void;
}

const initialRoute = (): Route =>
  typeof location === 'undefined' ? { name: 'home' } : hashToRoute(location.hash);

export const useAppStore = create<AppState>((set) => ({
  route: initialRoute(),
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  serverStatus: 'offline',
  session: { status: 'signed-out' },
  updateReady: false,
  retiring: false,
  problem: null,
  navigate: (route, options) => {
    const hash = routeToHash(route);
    if (location.hash !== hash) {
      if (options?.replace) history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    }
    set({ route });
  },
  setOnline: (online) => set({ online }),
  setServerStatus: (serverStatus) => set({ serverStatus }),
  setSession: (session) => set({ session }),
  setUpdateReady: (updateReady) => set({ updateReady }),
  setRetiring: (retiring) => set({ retiring }),
  showProblem: (problem) => set({ problem }),
}));

/** Keeps the store in step with the browser's back and forward buttons and with connectivity. */
export const bindBrowserEvents = (): (() => void) => {
  const onPop = () => useAppStore.setState({ route: hashToRoute(location.hash) });
  const onOnline = () => useAppStore.getState().setOnline(true);
  const onOffline = () => useAppStore.getState().setOnline(false);
  addEventListener('popstate', onPop);
  addEventListener('hashchange', onPop);
  // The address may have changed between loading this module and binding (a link opened during start).
  if (routeToHash(useAppStore.getState().route) !== routeToHash(hashToRoute(location.hash)))
    onPop();
  addEventListener('online', onOnline);
  addEventListener('offline', onOffline);
  return () => {
    removeEventListener('popstate', onPop);
    removeEventListener('hashchange', onPop);
    removeEventListener('online', onOnline);
    removeEventListener('offline', onOffline);
  };
};
