// Who makes a request, in one place for every REST route: `app.signedIn` is the hook of every route that needs a
// signed-in person (it checks the Bearer token, answers 401/403 itself and puts the principal on the request), and
// `request.audit(entry)` writes an audit entry with who did it (the principal, when signed in) and from where.
// Registered once, before the routes: `registerRequestAuth(app, { auth, audit })`; a route then reads
//
//   app.get('/api/x', { preHandler: app.signedIn }, async (request) => {
//     const p = principalOf(request);
//     if (!allowed(p.role)) { await request.audit({ action: 'x', outcome: 'refused', reason: `role-${p.role}` }); … }
//
// `preHandler` runs where the handlers used to check the token themselves: after the body is read, so every answer
// (400, 413, 401 …) stays what it was. Routes that must refuse a stranger before reading a large body use it as
// `onRequest` (content media).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../protocol/roles';
import type { Audit, AuditEntry } from '../audit';
import type { AuthService } from './service';
import type { Principal } from './tokens';

/** An audit entry of a request: what, how it ended, why and on what; who and from where come from the request. */
export type RequestAuditEntry = Pick<AuditEntry, 'action' | 'outcome' | 'reason' | 'target'>;

export type RequestHook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The hook of every route that needs a signed-in person (registerRequestAuth). */
    signedIn: RequestHook;
  }
  interface FastifyRequest {
    /** The signed-in person: set by `app.signedIn`, null on a route without it or before it ran. */
    principal: Principal | null;
    /** Writes an audit entry with who made this request and from where. */
    audit(entry: RequestAuditEntry): Promise<void>;
  }
}

/** Who did it, from where: the fields every audit entry of a request carries. */
export const whoOf = (
  request: FastifyRequest,
): Pick<AuditEntry, 'organisationId' | 'userId' | 'deviceId' | 'ip'> => ({
  organisationId: request.principal?.organisationId,
  userId: request.principal?.userId,
  deviceId: request.principal?.deviceId,
  ip: request.ip,
});

export const registerRequestAuth = (
  app: FastifyInstance,
  { auth, audit }: { auth: AuthService; audit: Audit },
): void => {
  app.decorateRequest('principal', null);
  app.decorateRequest('audit', async function (this: FastifyRequest, entry: RequestAuditEntry) {
    await audit({ ...entry, ...whoOf(this) });
  });
  app.decorate('signedIn', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const result = await auth.verify(token, {
      ip: request.ip,
      action: `http ${request.method} ${request.routeOptions.url}`,
    });
    // An answer sent from an async hook is returned, so Fastify waits for it and runs no handler.
    if (!result.ok) return reply.code(result.status).send({ error: result.error });
    request.principal = result.value;
    return undefined;
  });
};

/** The signed-in person of a request on a route with `app.signedIn` as its hook. */
export const principalOf = (request: FastifyRequest): Principal => {
  if (!request.principal)
    throw new Error(`${request.method} ${request.routeOptions.url} has no signedIn hook`);
  return request.principal;
};

/**
 * The hook after `app.signedIn` on a route for some roles only: anyone else is refused with 403 'forbidden' and the
 * refusal audited under `action` with the role as reason.
 */
export const allowRoles =
  (action: string, allowed: readonly Role[]): RequestHook =>
  async (request, reply) => {
    const { role } = principalOf(request);
    if (allowed.includes(role)) return undefined;
    await request.audit({ action, outcome: 'refused', reason: `role-${role}` });
    return reply.code(403).send({ error: 'forbidden' });
  };
