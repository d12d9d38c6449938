// 'case-opened' on the server: one audit entry when an authenticated connection has opened a case document.
import type { Audit } from '../audit';
import type { Principal } from '../auth/tokens';

/** Connections already recorded; weak, so a closed connection is forgotten with it. */
const recorded = new WeakSet<object>();

/**
 * Records that a device opened a case document (user, device, document, time), at most once per
 * connection: a tablet's provider for one case on one socket. Never throws (an audit failure must not
 * refuse the connection; it is reported by the audit writer).
 */
export const auditCaseOpened = async (
  audit: Audit,
  open: {
    connection: object;
    principal?: Principal;
    documentName: string;
    ip?: string;
    readOnly?: boolean;
  },
): Promise<void> => {
  if (!open.principal || recorded.has(open.connection)) return;
  recorded.add(open.connection);
  const p = open.principal;
  await audit({
    action: 'case-opened',
    outcome: 'ok',
    organisationId: p.organisationId,
    userId: p.userId,
    deviceId: p.deviceId,
    target: open.documentName,
    ...(open.readOnly ? { reason: 'read-only' } : {}),
    ip: open.ip,
  });
};
