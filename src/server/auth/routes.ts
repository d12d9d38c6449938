// REST API of accounts: login, refresh, who-am-I, devices and revocation; every call but login/refresh is authorised
// (app.signedIn, requestAuth.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { loginRequestSchema, refreshRequestSchema, type ErrorCode } from '../../protocol/api';
import { canManageAccounts } from '../../protocol/roles';
import type { Queryable } from '../persistence/db';
import { findUserById } from './accounts';
import { deviceOrganisation, listDevices, revokeDevice } from './devices';
import { deviceModelOf } from './deviceModel';
import { revokeRequestSchema } from '../../protocol/api';
import { principalOf } from './requestAuth';
import type { AuthService } from './service';

export interface AuthRoutesOptions {
  db: Queryable;
  auth: AuthService;
  /** Called after a device is revoked, to close its open sockets (a retiring one keeps those of its cases). */
  onDeviceRevoked?: (deviceId: string, mode: 'lost' | 'retire') => void;
}

const send = (reply: FastifyReply, status: number, error: ErrorCode) =>
  reply.code(status).send({ error });

export const registerAuthRoutes = (
  app: FastifyInstance,
  { db, auth, onDeviceRevoked }: AuthRoutesOptions,
): void => {
  app.post('/api/login', async (request, reply) => {
    const body = loginRequestSchema.safeParse(request.body);
    if (!body.success) return send(reply, 400, 'invalid-request');
    const result = await auth.login(
      body.data,
      request.ip,
      deviceModelOf(request.headers['user-agent']),
    );
    if (result.ok) return reply.send(result.value);
    if (result.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(result.retryAfterSeconds));
    return send(reply, result.status, result.error);
  });

  app.post('/api/refresh', async (request, reply) => {
    const body = refreshRequestSchema.safeParse(request.body);
    if (!body.success) return send(reply, 400, 'invalid-request');
    const result = await auth.refresh(body.data.refreshToken, request.ip);
    return result.ok ? reply.send(result.value) : send(reply, result.status, result.error);
  });

  app.get('/api/me', { preHandler: app.signedIn }, async (request, reply) => {
    const p = principalOf(request);
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

  app.get('/api/devices', { preHandler: app.signedIn }, async (request) => {
    const p = principalOf(request);
    return listDevices(db, p.organisationId, canManageAccounts(p.role) ? undefined : p.userId);
  });

  app.post<{ Params: { id: string } }>(
    '/api/devices/:id/revoke',
    { preHandler: app.signedIn },
    async (request, reply) => {
      const p = principalOf(request);
      // Without a body (older tablets, scripts) a revocation means lost or stolen, as it always did.
      const body = revokeRequestSchema.safeParse(request.body ?? {});
      if (!body.success) return send(reply, 400, 'invalid-request');
      const target = await deviceOrganisation(db, request.params.id);
      const allowed =
        target !== undefined &&
        target.organisationId === p.organisationId &&
        (target.userId === p.userId || canManageAccounts(p.role));
      if (!allowed) {
        await request.audit({
          action: 'revoke-device',
          outcome: 'refused',
          reason: target ? 'forbidden' : 'not-found',
          target: request.params.id,
        });
        return send(reply, target ? 403 : 404, target ? 'forbidden' : 'not-found');
      }
      await revokeDevice(db, request.params.id, body.data.mode);
      await request.audit({
        action: 'revoke-device',
        outcome: 'ok',
        reason: body.data.mode,
        target: request.params.id,
      });
      onDeviceRevoked?.(request.params.id, body.data.mode);
      return { ok: true };
    },
  );
};
