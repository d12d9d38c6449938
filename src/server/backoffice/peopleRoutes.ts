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
import type { Principal } from '../auth/tokens';
import { backofficePrincipal, whoOf } from './guard';
import { changeRole, createPerson, listPeople, listPeopleDevices, resetPassword, setDisabled } from './people';
import type { BackofficeRouteDeps } from './routes';

type Refusal = PeopleError | 'not-found';

const STATUS: Record<Refusal, number> = { 'not-found': 404, 'email-taken': 409, 'last-manager': 409, 'already-revoked': 409 };

type UserParams = { Params: { userId: string } };
type DeviceParams = { Params: { deviceId: string } };

/**
 * deps.onDeviceRevoked (optional): closes the revoked tablet's sockets at once, as the accounts API does; without it
 * the server's revocation watch closes them within seconds.
 */
export const registerPeopleRoutes = (
  app: FastifyInstance,
  deps: BackofficeRouteDeps,
): void => {
  const { db, audit } = deps;
  const allowed = SECTION_ROLES.people;

  /** The manager making the request; a role taken away (or a block) counts at once, not when her token expires. */
  const manager = async (request: FastifyRequest, reply: FastifyReply, action: string): Promise<Principal | undefined> => {
    const p = await backofficePrincipal(deps, request, reply, action, allowed);
    if (!p) return undefined;
    const now = await findUserById(db, p.userId);
    if (now && !now.disabled && now.organisationId === p.organisationId && allowed.includes(now.role)) return p;
    await audit({ action, outcome: 'refused', reason: 'role-changed', ...whoOf(p, request) });
    void reply.code(403).send({ error: 'forbidden' });
    return undefined;
  };

  const refuse = async (request: FastifyRequest, reply: FastifyReply, p: Principal, action: string, target: string | undefined, error: Refusal) => {
    await audit({ action, outcome: 'refused', reason: error, target, ...whoOf(p, request) });
    return reply.code(STATUS[error]).send({ error });
  };

  const invalid = (reply: FastifyReply) => reply.code(400).send({ error: 'invalid-request' });

  const withPassword = (reply: FastifyReply, status: number, body: TemporaryPasswordResponse) =>
    reply.code(status).header('Cache-Control', 'no-store').send(body);

  app.get('/api/backoffice/people', async (request, reply) => {
    const p = await manager(request, reply, 'backoffice-people');
    if (!p) return reply;
    return listPeople(db, p.organisationId);
  });

  app.post('/api/backoffice/people', async (request, reply) => {
    const action = 'user-created';
    const p = await manager(request, reply, action);
    if (!p) return reply;
    const body = createPersonRequestSchema.safeParse(request.body);
    if (!body.success) return invalid(reply);
    const created = await createPerson(db, p.organisationId, body.data);
    if (!created.ok) return refuse(request, reply, p, action, undefined, created.error);
    await audit({ action, outcome: 'ok', target: created.value.person.id, reason: body.data.role, ...whoOf(p, request) });
    return withPassword(reply, 201, created.value);
  });

  app.put<UserParams>('/api/backoffice/people/:userId/role', async (request, reply) => {
    const action = 'user-role';
    const p = await manager(request, reply, action);
    if (!p) return reply;
    const body = changeRoleRequestSchema.safeParse(request.body);
    if (!body.success) return invalid(reply);
    const changed = await changeRole(db, p.organisationId, request.params.userId, body.data.role);
    if (!changed.ok) return refuse(request, reply, p, action, request.params.userId, changed.error);
    await audit({ action, outcome: 'ok', target: changed.value.id, reason: body.data.role, ...whoOf(p, request) });
    return changed.value;
  });

  app.post<UserParams>('/api/backoffice/people/:userId/password', async (request, reply) => {
    const action = 'user-password-reset';
    const p = await manager(request, reply, action);
    if (!p) return reply;
    const reset = await resetPassword(db, p.organisationId, request.params.userId);
    if (!reset.ok) return refuse(request, reply, p, action, request.params.userId, reset.error);
    await audit({ action, outcome: 'ok', target: reset.value.person.id, ...whoOf(p, request) });
    return withPassword(reply, 200, reset.value);
  });

  app.put<UserParams>('/api/backoffice/people/:userId/disabled', async (request, reply) => {
    const p = await manager(request, reply, 'user-disabled');
    if (!p) return reply;
    const body = setDisabledRequestSchema.safeParse(request.body);
    if (!body.success) return invalid(reply);
    const action = body.data.disabled ? 'user-disabled' : 'user-enabled';
    const changed = await setDisabled(db, p.organisationId, request.params.userId, body.data.disabled);
    if (!changed.ok) return refuse(request, reply, p, action, request.params.userId, changed.error);
    await audit({ action, outcome: 'ok', target: changed.value.id, ...whoOf(p, request) });
    return changed.value;
  });

  app.get('/api/backoffice/people/devices', async (request, reply) => {
    const p = await manager(request, reply, 'backoffice-devices');
    if (!p) return reply;
    return listPeopleDevices(db, p.organisationId);
  });

  app.post<DeviceParams>('/api/backoffice/people/devices/:deviceId/revoke', async (request, reply) => {
    const action = 'revoke-device';
    const p = await manager(request, reply, action);
    if (!p) return reply;
    const body = revokeDeviceRequestSchema.safeParse(request.body);
    if (!body.success) return invalid(reply);
    const { deviceId } = request.params;
    const owner = await deviceOrganisation(db, deviceId);
    if (!owner || owner.organisationId !== p.organisationId) return refuse(request, reply, p, action, deviceId, 'not-found');
    if (!(await revokeDevice(db, deviceId, body.data.mode))) return refuse(request, reply, p, action, deviceId, 'already-revoked');
    await audit({ action, outcome: 'ok', reason: body.data.mode, target: deviceId, ...whoOf(p, request) });
    deps.onDeviceRevoked?.(deviceId, body.data.mode);
    const device = (await listPeopleDevices(db, p.organisationId)).find((d) => d.id === deviceId);
    return device ?? refuse(request, reply, p, action, deviceId, 'not-found');
  });
};
