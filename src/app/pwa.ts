// Service worker registration (workbox-window via vite-plugin-pwa) with prompt-for-update, and the browser's
// install offer, caught as soon as the app's code is loaded (before the first screen waits for its languages).
import { registerSW } from 'virtual:pwa-register';
import { useAppStore } from './state/store';
import { listenForInstallPrompt } from './pwa/installPrompt';

listenForInstallPrompt();

let updateServiceWorker: ((reload?: boolean) => Promise<void>) | undefined;

export const registerServiceWorker = (): void => {
  if (!('serviceWorker' in navigator)) return;
  updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => useAppStore.getState().setUpdateReady(true),
    onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error),
  });
};

/** Activates the waiting service worker and reloads; only called from the prompt between conversations. */
export const applyUpdate = async (): Promise<void> => {
  if (updateServiceWorker) await updateServiceWorker(true);
  else location.reload();
};
