// Closes sockets of devices revoked elsewhere (admin CLI, another instance) within one interval: one
// query for the devices revoked (or whose user was disabled) since the previous check. A retired
// device is closed once too; it comes back only onto the cases it had (src/server/collab/access.ts).
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

/** Closes the sockets of devices revoked at or after `since`; returns how many closed and the next `since`. */
export const checkRevocations = async (
  sync: SyncServer,
  db: Queryable,
  since: Date = new Date(0),
): Promise<{ closed: number; next: Date }> => {
  const [clock] = await db.query<{ now: unknown }>('SELECT now() AS now');
  const next = new Date(clock?.now as string | Date);
  const rows = await db.query<{ id: string }>(
    `SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id
     WHERE d.revoked_at >= $1 OR u.disabled_at >= $1`,
    [since.toISOString()],
  );
  const connected = connectedPrincipals(sync);
  let closed = 0;
  for (const { id } of rows)
    if (connected.has(String(id))) closed += disconnectDevice(sync, String(id));
  return { closed, next };
};

export const startRevocationWatch = (
  sync: SyncServer,
  db: Queryable,
  intervalMs: number,
): { stop(): void } => {
  let busy = false;
  let since = new Date();
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    checkRevocations(sync, db, since)
      .then(({ next }) => void (since = new Date(next.getTime() - intervalMs)))
      .catch((error) => console.error('[revocation] check failed:', error))
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
