// Closes sockets of devices revoked elsewhere (admin CLI, another instance) within one interval.
import { deviceStatus } from '../auth/devices';
import type { Queryable } from '../persistence/db';
import { disconnectDevice, type SyncContext, type SyncServer } from './hocuspocus';

export const connectedPrincipals = (sync: SyncServer): Map<string, string> => {
  const devices = new Map<string, string>();
  for (const document of sync.documents.values()) {
    for (const connection of document.getConnections()) {
      const p = (connection.context as Partial<SyncContext>)?.principal;
      if (p) devices.set(p.deviceId, p.userId);
    }
  }
  return devices;
};

export const checkRevocations = async (sync: SyncServer, db: Queryable): Promise<number> => {
  let closed = 0;
  for (const [deviceId, userId] of connectedPrincipals(sync)) {
    if ((await deviceStatus(db, deviceId, userId)) !== 'active')
      closed += disconnectDevice(sync, deviceId);
  }
  return closed;
};

export const startRevocationWatch = (
  sync: SyncServer,
  db: Queryable,
  intervalMs: number,
): { stop(): void } => {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    checkRevocations(sync, db)
      .catch((error) => console.error('[revocation] check failed:', error))
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
