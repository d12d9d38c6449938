// The browser's own offer to install (beforeinstallprompt, Chromium on Android and computers), kept for the app's
// own calm button instead of the browser's banner; and whether the app was installed or runs from the home screen.
// The event comes early, often before Settings is opened, so listening starts when src/app/pwa.ts is loaded.
import { useSyncExternalStore } from 'react';
import { installMethod, readBrowserFacts, type InstallMethod } from './platform';

/** Chromium's event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform?: string }>;
}

export interface InstallState {
  method: InstallMethod;
  /** The app was installed from this tab just now (appinstalled): it is on the home screen, this is still the tab. */
  justInstalled: boolean;
}

let offer: BeforeInstallPromptEvent | null = null;
let justInstalled = false;
let listening = false;
let snapshot: InstallState | null = null;
const listeners = new Set<() => void>();

const changed = () => {
  snapshot = null;
  for (const listener of listeners) listener();
};

const compute = (): InstallState => {
  const facts = readBrowserFacts();
  const method =
    justInstalled && !facts.standalone ? 'installed' : installMethod(facts, offer !== null);
  return { method, justInstalled: justInstalled && !facts.standalone };
};

/** Starts listening for the browser's install offer and for the app being installed; once per page. */
export const listenForInstallPrompt = (): void => {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keeps the browser's own banner away: the install button in Settings and "klaar voor onderweg" uses the offer.
    event.preventDefault();
    offer = event as BeforeInstallPromptEvent;
    changed();
  });
  window.addEventListener('appinstalled', () => {
    offer = null;
    justInstalled = true;
    changed();
  });
  window.matchMedia?.('(display-mode: standalone)').addEventListener?.('change', changed);
};

/** Shows the browser's install dialog; the offer can be used once. */
export const promptInstall = async (): Promise<'accepted' | 'dismissed' | 'unavailable'> => {
  const event = offer;
  if (!event) return 'unavailable';
  offer = null;
  changed();
  try {
    await event.prompt();
    const { outcome } = await event.userChoice;
    return outcome;
  } catch {
    return 'dismissed';
  }
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const installState = (): InstallState => (snapshot ??= compute());

/** How this tablet installs the app, re-rendering when the browser offers it or the app is installed. */
export const useInstallState = (): InstallState =>
  useSyncExternalStore(subscribe, installState, installState);

/** Forgets the offer and the listeners' state (tests). */
export const resetInstallPromptForTests = (): void => {
  offer = null;
  justInstalled = false;
  changed();
};
