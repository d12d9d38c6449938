// The back office's people and tablets: a teamleider or beheerder creates a person who logs in with the temporary
// password, changes roles, resets passwords (the old one refused), blocks and unblocks; the last manager stays;
// tablets are listed by name and retired or revoked; a consultant is refused (and audited) everywhere, another
// municipality gets 404 and never sees the people. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PeopleDeviceRow,
  PersonRow,
  TemporaryPasswordResponse,
} from '../../src/protocol/people';
import type { SessionResponse } from '../../src/protocol/api';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { startTestServer, type TestServer } from './support/server';

const READABLE_PASSWORD = /^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/;

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`people and devices on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`people and devices on ${kind}`, () => {
    let server: TestServer;
    let own: { id: string; emails: Record<string, string> };
    let other: { id: string; emails: Record<string, string> };
    let tokens: {
      teamleider: string;
      beheerder: string;
      consultant: string;
      otherTeamleider: string;
    };

    beforeAll(async () => {
      server = await startTestServer(
        kind,
        {},
        { auth: { maxAttemptsPerIp: 10_000 }, revocationCheckMs: 200 },
      );
      own = await server.organisation('Gemeente Mensen', ['consultant', 'teamleider', 'beheerder']);
      other = await server.organisation('Gemeente Anders', ['consultant', 'teamleider']);
      const token = async (email: string) => (await server.session(email)).accessToken;
      tokens = {
        teamleider: await token(own.emails.teamleider!),
        beheerder: await token(own.emails.beheerder!),
        consultant: await token(own.emails.consultant!),
        otherTeamleider: await token(other.emails.teamleider!),
      };
    });
    afterAll(async () => server?.stop());

    const call = async <T>(
      token: string,
      method: string,
      path: string,
      body?: unknown,
    ): Promise<{ status: number; body: T; headers: Headers }> => {
      const res = await fetch(`${server.url}/api/backoffice/people${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return {
        status: res.status,
        body: (await res.json().catch(() => undefined)) as T,
        headers: res.headers,
      };
    };
    const login = async (email: string, password: string, deviceName = 'test tablet') => {
      const res = await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password, deviceName }),
      });
      return {
        status: res.status,
        session: res.ok ? ((await res.json()) as SessionResponse) : undefined,
      };
    };
    const me = async (accessToken: string) =>
      (await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } }))
        .status;
    const refresh = async (refreshToken: string) =>
      (
        await fetch(`${server.url}/api/refresh`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken }),
        })
      ).status;
    const create = async (token: string, email: string, role = 'consultant') =>
      call<TemporaryPasswordResponse>(token, 'POST', '', { email, role });
    const audits = (action: string, outcome: 'ok' | 'refused') =>
      server.db.query<{ target: string | null; reason: string | null; user_id: string | null }>(
        'SELECT target, reason, user_id FROM audit_log WHERE action = $1 AND outcome = $2 ORDER BY id',
        [action, outcome],
      );

    it('creates a person who logs in with the temporary password, shown once and never cached', async () => {
      const created = await create(tokens.teamleider, ' Nieuw.Consulent@Example.nl ');
      expect(created.status).toBe(201);
      expect(created.headers.get('cache-control')).toBe('no-store');
      expect(created.body.temporaryPassword).toMatch(READABLE_PASSWORD);
      expect(created.body.person).toMatchObject({
        email: 'nieuw.consulent@example.nl',
        role: 'consultant',
        disabled: false,
        activeDevices: 0,
        lastSeenAt: null,
      });

      const { status, session } = await login(
        'nieuw.consulent@example.nl',
        created.body.temporaryPassword,
        'Tablet Noord',
      );
      expect(status).toBe(200);
      expect(session?.user.role).toBe('consultant');
      const list = await call<PersonRow[]>(tokens.beheerder, 'GET', '');
      expect(list.status).toBe(200);
      expect(list.body.find((p) => p.email === 'nieuw.consulent@example.nl')).toMatchObject({
        activeDevices: 1,
        lastSeenAt: expect.any(String),
      });
      expect(list.body.map((p) => p.email)).toEqual([...list.body.map((p) => p.email)].sort());

      expect((await create(tokens.teamleider, 'nieuw.consulent@example.nl')).body).toEqual({
        error: 'email-taken',
      });
      expect((await create(tokens.teamleider, own.emails.consultant!)).status).toBe(409);
      expect((await create(tokens.teamleider, 'geen adres')).status).toBe(400);
      expect((await create(tokens.teamleider, 'x@example.nl', 'directeur')).status).toBe(400);
      const [row] = await audits('user-created', 'ok');
      expect(row).toMatchObject({ target: created.body.person.id, reason: 'consultant' });
      expect(JSON.stringify(await audits('user-created', 'refused'))).not.toContain(
        created.body.temporaryPassword,
      );
    });

    it('changes a role: her next session carries it', async () => {
      const { body } = await create(tokens.teamleider, 'wordt.teamleider@example.nl');
      const changed = await call<PersonRow>(tokens.beheerder, 'PUT', `/${body.person.id}/role`, {
        role: 'teamleider',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ id: body.person.id, role: 'teamleider' });
      expect(
        (await login('wordt.teamleider@example.nl', body.temporaryPassword)).session?.user.role,
      ).toBe('teamleider');
      expect(
        (await call(tokens.beheerder, 'PUT', `/${body.person.id}/role`, { role: 'koning' })).status,
      ).toBe(400);
      expect(await audits('user-role', 'ok')).toContainEqual(
        expect.objectContaining({ target: body.person.id, reason: 'teamleider' }),
      );
    });

    it('resets a password: the old one is refused, the new one accepted, her tablet signs in again', async () => {
      const { body } = await create(tokens.teamleider, 'vergeten@example.nl');
      const first = await login('vergeten@example.nl', body.temporaryPassword);
      const reset = await call<TemporaryPasswordResponse>(
        tokens.teamleider,
        'POST',
        `/${body.person.id}/password`,
      );
      expect(reset.status).toBe(200);
      expect(reset.headers.get('cache-control')).toBe('no-store');
      expect(reset.body.temporaryPassword).toMatch(READABLE_PASSWORD);
      expect(reset.body.temporaryPassword).not.toBe(body.temporaryPassword);

      expect((await login('vergeten@example.nl', body.temporaryPassword)).status).toBe(401);
      // Her tablet's refresh token is given up: it asks her to sign in again (its work stays on it).
      expect(await refresh(first.session!.refreshToken)).toBe(401);
      expect((await login('vergeten@example.nl', reset.body.temporaryPassword)).status).toBe(200);
      expect(await audits('user-password-reset', 'ok')).toEqual([
        expect.objectContaining({ target: body.person.id }),
      ]);
    });

    it('blocks a person: she cannot log in and her tablet is refused; unblocked, she can again', async () => {
      const { body } = await create(tokens.teamleider, 'vertrekt@example.nl');
      const before = await login('vertrekt@example.nl', body.temporaryPassword, 'Tablet Vertrek');
      const blocked = await call<PersonRow>(
        tokens.teamleider,
        'PUT',
        `/${body.person.id}/disabled`,
        { disabled: true },
      );
      expect(blocked.status).toBe(200);
      expect(blocked.body.disabled).toBe(true);
      expect((await login('vertrekt@example.nl', body.temporaryPassword)).status).toBe(401);
      expect(await me(before.session!.accessToken)).toBe(403);
      const devices = await call<PeopleDeviceRow[]>(tokens.teamleider, 'GET', '/devices');
      expect(devices.body.find((d) => d.name === 'Tablet Vertrek')?.state).toBe('revoked');
      expect(
        (await call<PersonRow[]>(tokens.teamleider, 'GET', '')).body.find(
          (p) => p.id === body.person.id,
        )?.disabled,
      ).toBe(true);

      expect(
        (await call(tokens.teamleider, 'PUT', `/${body.person.id}/disabled`, { disabled: false }))
          .status,
      ).toBe(200);
      expect((await login('vertrekt@example.nl', body.temporaryPassword)).status).toBe(200);
      expect(await audits('user-disabled', 'ok')).toEqual([
        expect.objectContaining({ target: body.person.id }),
      ]);
      expect(await audits('user-enabled', 'ok')).toEqual([
        expect.objectContaining({ target: body.person.id }),
      ]);
    });

    it('keeps at least one active teamleider or beheerder, and a role taken away counts at once', async () => {
      const small = await server.organisation('Gemeente Klein', ['consultant', 'teamleider']);
      const leader = await server.session(small.emails.teamleider!);
      const self = leader.user.id;
      const demote = await call(leader.accessToken, 'PUT', `/${self}/role`, { role: 'consultant' });
      expect(demote).toMatchObject({ status: 409, body: { error: 'last-manager' } });
      expect(
        (await call(leader.accessToken, 'PUT', `/${self}/disabled`, { disabled: true })).body,
      ).toEqual({ error: 'last-manager' });
      // Teamleider to beheerder keeps a manager: allowed (and back).
      expect(
        (await call(leader.accessToken, 'PUT', `/${self}/role`, { role: 'beheerder' })).status,
      ).toBe(200);
      expect(
        (await call(leader.accessToken, 'PUT', `/${self}/role`, { role: 'teamleider' })).status,
      ).toBe(200);
      expect(await audits('user-role', 'refused')).toContainEqual(
        expect.objectContaining({ target: self, reason: 'last-manager' }),
      );

      const second = await create(
        leader.accessToken,
        `beheer.${small.id.slice(0, 8)}@example.nl`,
        'beheerder',
      );
      expect(
        (await call(leader.accessToken, 'PUT', `/${self}/role`, { role: 'consultant' })).status,
      ).toBe(200);
      // Her token still says teamleider, but the stored role counts: refused, audited.
      expect((await call(leader.accessToken, 'GET', '')).status).toBe(403);
      expect(await audits('backoffice-people', 'refused')).toContainEqual(
        expect.objectContaining({ user_id: self, reason: 'role-changed' }),
      );
      const beheerder = (await login(second.body.person.email, second.body.temporaryPassword))
        .session!;
      expect(
        (
          await call(beheerder.accessToken, 'PUT', `/${second.body.person.id}/disabled`, {
            disabled: true,
          })
        ).body,
      ).toEqual({ error: 'last-manager' });
    });

    it("decides two managers taking away each other's role at once one after the other: one manager stays", async () => {
      const pair = await server.organisation('Gemeente Twee', ['teamleider', 'beheerder']);
      const a = await server.session(pair.emails.teamleider!);
      const b = await server.session(pair.emails.beheerder!);
      const answers = await Promise.all([
        call(a.accessToken, 'PUT', `/${b.user.id}/role`, { role: 'consultant' }),
        call(b.accessToken, 'PUT', `/${a.user.id}/disabled`, { disabled: true }),
      ]);
      // The second is refused: as the last manager (409), or, when the first was done before it was let in, because
      // its own role or account was taken away (403).
      const [done, refused] = answers.map((r) => r.status).sort();
      expect(done).toBe(200);
      expect([403, 409]).toContain(refused);
      const [left] = await server.db.query<{ n: unknown }>(
        "SELECT count(*) AS n FROM users WHERE organisation_id = $1 AND disabled_at IS NULL AND role IN ('teamleider', 'beheerder')",
        [pair.id],
      );
      expect(Number(left!.n)).toBe(1);
    });

    it('lists the tablets by name and retires or revokes one, as the accounts API does', async () => {
      const { body } = await create(tokens.teamleider, 'tablets@example.nl');
      const retiring = (await login('tablets@example.nl', body.temporaryPassword, 'Tablet Zuid'))
        .session!;
      const lost = (await login('tablets@example.nl', body.temporaryPassword, 'Tablet West'))
        .session!;
      const list = await call<PeopleDeviceRow[]>(tokens.beheerder, 'GET', '/devices');
      expect(list.status).toBe(200);
      expect(list.body.find((d) => d.id === retiring.deviceId)).toMatchObject({
        name: 'Tablet Zuid',
        email: 'tablets@example.nl',
        userId: body.person.id,
        state: 'active',
        lastSeenAt: expect.any(String),
      });

      expect(
        (await call(tokens.teamleider, 'POST', `/devices/${retiring.deviceId}/revoke`, {})).status,
      ).toBe(400);
      const retired = await call<PeopleDeviceRow>(
        tokens.teamleider,
        'POST',
        `/devices/${retiring.deviceId}/revoke`,
        { mode: 'retire' },
      );
      expect(retired).toMatchObject({
        status: 200,
        body: { id: retiring.deviceId, state: 'retiring' },
      });
      // Retiring: it may still send what it has (its session goes on), then wipes itself.
      expect(await me(retiring.accessToken)).toBe(200);
      expect(await refresh(retiring.refreshToken)).toBe(200);
      expect(
        (
          await call(tokens.teamleider, 'POST', `/devices/${retiring.deviceId}/revoke`, {
            mode: 'retire',
          })
        ).body,
      ).toEqual({ error: 'already-revoked' });

      const revoked = await call<PeopleDeviceRow>(
        tokens.teamleider,
        'POST',
        `/devices/${lost.deviceId}/revoke`,
        { mode: 'lost' },
      );
      expect(revoked.body.state).toBe('revoked');
      expect(await me(lost.accessToken)).toBe(403);
      expect(await refresh(lost.refreshToken)).toBe(403);
      expect(
        (
          await call(tokens.teamleider, 'POST', `/devices/${lost.deviceId}/revoke`, {
            mode: 'retire',
          })
        ).status,
      ).toBe(409);
      // A retiring tablet may still be declared lost.
      expect(
        (
          await call<PeopleDeviceRow>(
            tokens.teamleider,
            'POST',
            `/devices/${retiring.deviceId}/revoke`,
            { mode: 'lost' },
          )
        ).body.state,
      ).toBe('revoked');
      expect((await audits('revoke-device', 'ok')).map((r) => [r.target, r.reason])).toEqual([
        [retiring.deviceId, 'retire'],
        [lost.deviceId, 'lost'],
        [retiring.deviceId, 'lost'],
      ]);
    });

    it('refuses a consultant on every people endpoint, each refusal audited', async () => {
      const [someone] = await server.db.query<{ id: string }>(
        'SELECT id FROM users WHERE email = $1',
        [own.emails.teamleider],
      );
      const [device] = await server.db.query<{ id: string }>(
        'SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id WHERE u.email = $1',
        [own.emails.consultant],
      );
      const endpoints: [string, string, unknown?][] = [
        ['GET', ''],
        ['POST', '', { email: 'stiekem@example.nl', role: 'teamleider' }],
        ['PUT', `/${someone!.id}/role`, { role: 'consultant' }],
        ['POST', `/${someone!.id}/password`],
        ['PUT', `/${someone!.id}/disabled`, { disabled: true }],
        ['GET', '/devices'],
        ['POST', `/devices/${device!.id}/revoke`, { mode: 'lost' }],
      ];
      const before = await server.db.query(
        "SELECT id FROM audit_log WHERE outcome = 'refused' AND reason = 'role-consultant'",
      );
      for (const [method, path, body] of endpoints) {
        expect(
          (await call(tokens.consultant, method, path, body)).status,
          `${method} ${path}`,
        ).toBe(403);
      }
      const rows = await server.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE outcome = 'refused' AND reason = 'role-consultant' ORDER BY id",
      );
      expect(rows.slice(before.length).map((r) => r.action)).toEqual([
        'backoffice-people',
        'user-created',
        'user-role',
        'user-password-reset',
        'user-disabled',
        'backoffice-devices',
        'revoke-device',
      ]);
      expect((await login('stiekem@example.nl', 'anything at all')).status).toBe(401);
      expect(await me(tokens.teamleider)).toBe(200);
    });

    it('another municipality never sees or changes these people and tablets: 404 as if unknown', async () => {
      const [person] = await server.db.query<{ id: string }>(
        'SELECT id FROM users WHERE email = $1',
        [own.emails.consultant],
      );
      const [device] = await server.db.query<{ id: string }>(
        'SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id WHERE u.email = $1',
        [own.emails.consultant],
      );
      const people = await call<PersonRow[]>(tokens.otherTeamleider, 'GET', '');
      expect(people.body.map((p) => p.email).sort()).toEqual(
        [other.emails.consultant!, other.emails.teamleider!].sort(),
      );
      const devices = await call<PeopleDeviceRow[]>(tokens.otherTeamleider, 'GET', '/devices');
      expect(devices.body.some((d) => d.id === device!.id)).toBe(false);

      const attempts: [string, string, unknown?][] = [
        ['PUT', `/${person!.id}/role`, { role: 'beheerder' }],
        ['POST', `/${person!.id}/password`],
        ['PUT', `/${person!.id}/disabled`, { disabled: true }],
        ['PUT', '/not-a-uuid/role', { role: 'beheerder' }],
        ['POST', `/devices/${device!.id}/revoke`, { mode: 'lost' }],
      ];
      for (const [method, path, body] of attempts) {
        expect(
          await call(tokens.otherTeamleider, method, path, body),
          `${method} ${path}`,
        ).toMatchObject({ status: 404, body: { error: 'not-found' } });
      }
      expect(await me(tokens.consultant)).toBe(200);
      const stored = (await call<PersonRow[]>(tokens.teamleider, 'GET', '')).body.find(
        (p) => p.id === person!.id,
      );
      expect(stored).toMatchObject({ role: 'consultant', disabled: false });
      const refusals = await server.db.query(
        "SELECT 1 FROM audit_log WHERE outcome = 'refused' AND reason = 'not-found' AND action IN ('user-role', 'user-password-reset', 'user-disabled', 'revoke-device')",
      );
      expect(refusals.length).toBe(attempts.length);
    });
  });
}
