// The back office's door: a signed-in person of one of the allowed roles passes; anyone else is refused with 403
// and the refusal audited (action, role). Every back-office handler starts with it, so none forgets the audit.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../protocol/roles';
import type { Audit, AuditEntry } from '../audit';
import { requirePrincipal } from '../auth/routes';
import type { AuthService } from '../auth/service';
import type { Principal } from '../auth/tokens';

export interface BackofficeDeps {
  auth: AuthService;
  audit: Audit;
}

/** Who did it, from where: the fields every audit entry of a back-office request carries. */
export const whoOf = (p: Principal, request: FastifyRequest): Pick<AuditEntry, 'organisationId' | 'userId' | 'deviceId' | 'ip'> => ({
  organisationId: p.organisationId,
  userId: p.userId,
  deviceId: p.deviceId,
  ip: request.ip,
});

/**
 * Returns the principal when the request's token is valid and its role allowed; otherwise the reply is sent
 * (401 for a bad token, 403 for a role) and undefined returned.
 */
export const backofficePrincipal = async (
  { auth, audit }: BackofficeDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  action: string,
  allowed: readonly Role[],
): Promise<Principal | undefined> => {
  const p = await requirePrincipal(auth, request, reply);
  if (!p) return undefined;
  if (allowed.includes(p.role)) return p;
  await audit({ action, outcome: 'refused', reason: `role-${p.role}`, ...whoOf(p, request) });
  void reply.code(403).send({ error: 'forbidden' });
  return undefined;
};
