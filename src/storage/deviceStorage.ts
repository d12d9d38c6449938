// Asks the browser to keep this app's storage (navigator.storage.persist) and reports usage.
export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usage?: number;
  quota?: number;
}

export const requestPersistentStorage = async (): Promise<StorageStatus> => {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return { supported: false, persisted: false };
  const persisted = (await storage.persisted()) || (await storage.persist());
  const estimate = await storage.estimate?.();
  return { supported: true, persisted, usage: estimate?.usage, quota: estimate?.quota };
};

/** Whether the browser has promised to keep this app's storage (false where it cannot say). */
export const isStoragePersisted = async (): Promise<boolean> => {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  return (await storage?.persisted?.().catch(() => false)) ?? false;
};

/** Forgets the small settings kept outside IndexedDB (the tablet's name): part of wiping the tablet. */
export const clearLocalSettings = (): void => localStorage.clear();
