// The back office's people and tablets (issue 14, item 6): list, create, change role, reset password, block and
// unblock people; list tablets and retire or revoke one. Only a teamleider or beheerder of the same municipality,
// checked against her role as stored now; another municipality's people and tablets answer 404; every change and
// every refusal is audited (by id, never by e-mail). Temporary passwords appear once, in a no-store answer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  changeRoleRequestSchema,
  createPersonRequestSchema,
  revokeDeviceRequestSchema,
  setDisabledRequestSchema,
  type PeopleError,
  type TemporaryPasswordResponse,
} from '../../protocol/people';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import { findUserById } from '../auth/accounts';
import { deviceOrganisation, revokeDevice } from '../auth/devices';
import { principalOf, type RequestHook } from '../auth/requestAuth';
import { backofficeDoor } from './guard';
import {
  changeRole,
  createPerson,
  listPeople,
  listPeopleDevices,
  resetPassword,
  setDisabled,
} from './people';
import type { BackofficeRouteDeps } from './routes';

type Refusal = PeopleError | 'not-found';

const STATUS: Record<Refusal, number> = {
  'not-found': 404,
  'email-taken': 409,
  'last-manager': 409,
  'already-revoked': 409,
};

type UserParams = { Params: { userId: string } };
type DeviceParams = { Params: { deviceId: string } };

/**
 * deps.onDeviceRevoked (optional): closes the revoked tablet's sockets at once, as the accounts API does; without it
 * the server's revocation watch closes them within seconds.
 */
export const registerPeopleRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db } = deps;
  const allowed = SECTION_ROLES.people;

  /** A role taken away (or a block) counts at once, not when her token expires: the role as stored now decides. */
  const stillManager =
    (action: string): RequestHook =>
    async (request, reply) => {
      const p = principalOf(request);
      const now = await findUserById(db, p.userId);
      if (
        now &&
        !now.disabled &&
        now.organisationId === p.organisationId &&
        allowed.includes(now.role)
      )
        return undefined;
      await request.audit({ action, outcome: 'refused', reason: 'role-changed' });
      return reply.code(403).send({ error: 'forbidden' });
    };

  /** The hooks of a route for the managers (teamleider, beheerder) of the municipality; refusals audited under `action`. */
  const manager = (action: string) => backofficeDoor(app, action, allowed, stillManager(action));

  const refuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    target: string | undefined,
    error: Refusal,
  ) => {
    await request.audit({ action, outcome: 'refused', reason: error, target });
    return reply.code(STATUS[error]).send({ error });
  };

  const invalid = (reply: FastifyReply) => reply.code(400).send({ error: 'invalid-request' });

  const withPassword = (reply: FastifyReply, status: number, body: TemporaryPasswordResponse) =>
    reply.code(status).header('Cache-Control', 'no-store').send(body);

  app.get('/api/backoffice/people', manager('backoffice-people'), async (request) =>
    listPeople(db, principalOf(request).organisationId),
  );

  app.post('/api/backoffice/people', manager('user-created'), async (request, reply) => {
    const action = 'user-created';
    const p = principalOf(request);
    const body = createPersonRequestSchema.safeParse(request.body);
    if (!body.success) return invalid(reply);
    const created = await createPerson(db, p.organisationId, body.data);
    if (!created.ok) return refuse(request, reply, action, undefined, created.error);
    await request.audit({
      action,
      outcome: 'ok',
      target: created.value.person.id,
      reason: body.data.role,
    });
    return withPassword(reply, 201, created.value);
  });

  app.put<UserParams>(
    '/api/backoffice/people/:userId/role',
    manager('user-role'),
    async (request, reply) => {
      const action = 'user-role';
      const p = principalOf(request);
      const body = changeRoleRequestSchema.safeParse(request.body);
      if (!body.success) return invalid(reply);
      const changed = await changeRole(db, p.organisationId, request.params.userId, body.data.role);
      if (!changed.ok) return refuse(request, reply, action, request.params.userId, changed.error);
      await request.audit({
        action,
        outcome: 'ok',
        target: changed.value.id,
        reason: body.data.role,
      });
      return changed.value;
    },
  );

  app.post<UserParams>(
    '/api/backoffice/people/:userId/password',
    manager('user-password-reset'),
    async (request, reply) => {
      const action = 'user-password-reset';
      const p = principalOf(request);
      const reset = await resetPassword(db, p.organisationId, request.params.userId);
      if (!reset.ok) return refuse(request, reply, action, request.params.userId, reset.error);
      await request.audit({ action, outcome: 'ok', target: reset.value.person.id });
      return withPassword(reply, 200, reset.value);
    },
  );

  app.put<UserParams>(
    '/api/backoffice/people/:userId/disabled',
    manager('user-disabled'),
    async (request, reply) => {
      const p = principalOf(request);
      const body = setDisabledRequestSchema.safeParse(request.body);
      if (!body.success) return invalid(reply);
      const action = body.data.disabled ? 'user-disabled' : 'user-enabled';
      const changed = await setDisabled(
        db,
        p.organisationId,
        request.params.userId,
        body.data.disabled,
      );
      if (!changed.ok) return refuse(request, reply, action, request.params.userId, changed.error);
      await request.audit({ action, outcome: 'ok', target: changed.value.id });
      return changed.value;
    },
  );

  app.get('/api/backoffice/people/devices', manager('backoffice-devices'), async (request) =>
    listPeopleDevices(db, principalOf(request).organisationId),
  );

  app.post<DeviceParams>(
    '/api/backoffice/people/devices/:deviceId/revoke',
    manager('revoke-device'),
    async (request, reply) => {
      const action = 'revoke-device';
      const p = principalOf(request);
      const body = revokeDeviceRequestSchema.safeParse(request.body);
      if (!body.success) return invalid(reply);
      const { deviceId } = request.params;
      const owner = await deviceOrganisation(db, deviceId);
      if (!owner || owner.organisationId !== p.organisationId)
        return refuse(request, reply, action, deviceId, 'not-found');
      if (!(await revokeDevice(db, deviceId, body.data.mode)))
        return refuse(request, reply, action, deviceId, 'already-revoked');
      await request.audit({ action, outcome: 'ok', reason: body.data.mode, target: deviceId });
      deps.onDeviceRevoked?.(deviceId, body.data.mode);
      const device = (await listPeopleDevices(db, p.organisationId)).find((d) => d.id === deviceId);
      return device ?? refuse(request, reply, action, deviceId, 'not-found');
    },
  );
};
