// Socket access check: a valid token of an active device, a well-formed case name, and the case owned by the user's municipality.
import { caseAccessOf } from '../../protocol/roles';
import { parseDocumentName } from '../../protocol/documentName';
import type { ErrorCode } from '../../protocol/api';
import type { Audit } from '../audit';
import type { AuthService } from '../auth/service';
import type { Principal } from '../auth/tokens';
import { tombstoneOf } from '../avg/tombstones';
import type { Queryable } from '../persistence/db';
import { claimDocument, documentOwner } from '../persistence/documentOwners';

export type DocumentAccess =
  | {
      ok: true;
      principal: Principal;
      readOnly: boolean;
      /** This socket claimed the case for the municipality: the case is new to the others. */
      claimed?: boolean;
    }
  | { ok: false; reason: ErrorCode };

export const authorizeDocument = async (
  deps: { db: Queryable; auth: AuthService; audit: Audit },
  token: string,
  documentName: string,
  ip?: string,
): Promise<DocumentAccess> => {
  const { db, auth, audit } = deps;
  const ref = parseDocumentName(documentName);
  if (!ref) {
    await audit({
      action: 'sync',
      outcome: 'refused',
      reason: 'unknown-document',
      target: documentName.slice(0, 200),
      ip,
    });
    return { ok: false, reason: 'unknown-document' };
  }
  const verified = await auth.verify(token, { ip, action: 'sync', target: documentName });
  if (!verified.ok) return { ok: false, reason: verified.error };
  const p = verified.value;
  const who = {
    organisationId: p.organisationId,
    userId: p.userId,
    deviceId: p.deviceId,
    target: documentName,
    ip,
  };
  const access = caseAccessOf(p.role);
  if (access === 'none') {
    await audit({ action: 'sync', outcome: 'refused', reason: `role-${p.role}`, ...who });
    return { ok: false, reason: 'forbidden' };
  }
  // A retired tablet may still send what it has (also a case it made before it heard): it only no
  // longer hears of new cases. Other municipalities' cases stay refused below.
  if (p.retiring && ref.kind === 'org') {
    await audit({ action: 'sync', outcome: 'refused', reason: 'device-retired', ...who });
    return { ok: false, reason: 'device-retired' };
  }
  // The municipality's channel carries no content: only its own people listen, and nobody writes.
  if (ref.kind === 'org') {
    if (ref.organisationId === p.organisationId) return { ok: true, principal: p, readOnly: true };
    await audit({ action: 'sync', outcome: 'refused', reason: 'other-organisation', ...who });
    return { ok: false, reason: 'forbidden' };
  }
  // A case deleted on request stays deleted: a tablet that still holds it cannot claim and upload it again.
  const tombstone = await tombstoneOf(db, documentName);
  if (tombstone) {
    const own = tombstone.organisationId === p.organisationId;
    await audit({
      action: 'sync',
      outcome: 'refused',
      reason: own ? 'case-deleted' : 'other-organisation',
      ...who,
    });
    return { ok: false, reason: own ? 'case-deleted' : 'forbidden' };
  }
  // A case belongs to the municipality that opened it first for writing; the first write follows right after.
  const existingOwner = await documentOwner(db, documentName);
  const owner =
    access === 'write' && (existingOwner === undefined || existingOwner === p.organisationId)
      ? await claimDocument(
          db,
          documentName,
          p.organisationId,
          p.role === 'consultant' ? p.userId : undefined,
        )
      : existingOwner;
  if (owner !== p.organisationId) {
    await audit({ action: 'sync', outcome: 'refused', reason: 'other-organisation', ...who });
    return { ok: false, reason: 'forbidden' };
  }
  return {
    ok: true,
    principal: p,
    readOnly: access === 'read',
    claimed: existingOwner === undefined && owner === p.organisationId,
  };
};
