// REST API of accounts: login, refresh, who-am-I, devices and revocation; every call but login/refresh is authorised.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loginRequestSchema, refreshRequestSchema, type ErrorCode } from '../../protocol/api';
import { canManageAccounts } from '../../protocol/roles';
import type { Audit } from '../audit';
import type { Queryable } from '../persistence/db';
import { findUserById } from './accounts';
import { deviceOrganisation, listDevices, revokeDevice } from './devices';
import { deviceModelOf } from './deviceModel';
import { revokeRequestSchema } from '../../protocol/api';
import type { AuthService } from './service';
import type { Principal } from './tokens';

export interface AuthRoutesOptions {
  db: Queryable;
  auth: AuthService;
  audit: Audit;
  /** Called after a device is revoked, to close its open sockets (a retiring one keeps those of its cases). */
  onDeviceRevoked?: (deviceId: string, mode: 'lost' | 'retire') => void;
}

const send = (reply: FastifyReply, status: number, error: ErrorCode) =>
  reply.code(status).send({ error });

/** Verifies the Bearer token of a request; sends 401/403 and returns undefined when refused. */
export const requirePrincipal = async (
  auth: AuthService,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Principal | undefined> => {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const result = await auth.verify(token, {
    ip: request.ip,
    action: `http ${request.method} ${request.routeOptions.url}`,
  });
  if (!result.ok) {
    send(reply, result.status, result.error);
    return undefined;
  }
  return result.value;
};

export const registerAuthRoutes = (
  app: FastifyInstance,
  { db, auth, audit, onDeviceRevoked }: AuthRoutesOptions,
): void => {
  app.post('/api/login', async (request, reply) => {
    const body = loginRequestSchema.safeParse(request.body);
    if (!body.success) return send(reply, 400, 'invalid-request');
    const result = await auth.login(body.data, request.ip, deviceModelOf(request.headers['user-agent']));
    if (result.ok) return reply.send(result.value);
    if (result.retryAfterSeconds !== undefined) reply.header('retry-after', String(result.retryAfterSeconds));
    return send(reply, result.status, result.error);
  });

  app.post('/api/refresh', async (request, reply) => {
    const body = refreshRequestSchema.safeParse(request.body);
    if (!body.success) return send(reply, 400, 'invalid-request');
    const result = await auth.refresh(body.data.refreshToken, request.ip);
    return result.ok ? reply.send(result.value) : send(reply, result.status, result.error);
  });

  app.get('/api/me', async (request, reply) => {
    const p = await requirePrincipal(auth, request, reply);
    if (!p) return reply;
    const user = await findUserById(db, p.userId);
    if (!user) return send(reply, 401, 'invalid-token');
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      organisationId: user.organisationId,
      organisationName: user.organisationName,
      deviceId: p.deviceId,
    };
  });

  app.get('/api/devices', async (request, reply) => {
    const p = await requirePrincipal(auth, request, reply);
    if (!p) return reply;
    return listDevices(db, p.organisationId, canManageAccounts(p.role) ? undefined : p.userId);
  });

  app.post<{ Params: { id: string } }>('/api/devices/:id/revoke', async (request, reply) => {
    const p = await requirePrincipal(auth, request, reply);
    if (!p) return reply;
    // Without a body (older tablets, scripts) a revocation means lost or stolen, as it always did.
    const body = revokeRequestSchema.safeParse(request.body ?? {});
    if (!body.success) return send(reply, 400, 'invalid-request');
    const target = await deviceOrganisation(db, request.params.id);
    const allowed =
      target !== undefined &&
      target.organisationId === p.organisationId &&
      (target.userId === p.userId || canManageAccounts(p.role));
    if (!allowed) {
      await audit({
        action: 'revoke-device',
        outcome: 'refused',
        reason: target ? 'forbidden' : 'not-found',
        target: request.params.id,
        organisationId: p.organisationId,
        userId: p.userId,
        deviceId: p.deviceId,
        ip: request.ip,
      });
      return send(reply, target ? 403 : 404, target ? 'forbidden' : 'not-found');
    }
    await revokeDevice(db, request.params.id, body.data.mode);
    await audit({
      action: 'revoke-device',
      outcome: 'ok',
      reason: body.data.mode,
      target: request.params.id,
      organisationId: p.organisationId,
      userId: p.userId,
      deviceId: p.deviceId,
      ip: request.ip,
    });
    onDeviceRevoked?.(request.params.id, body.data.mode);
    return { ok: true };
  });
};
