// The people and tablets of one municipality for the back office: list, create with a temporary password, change
// role, reset the password, block and unblock, list tablets. Every query names the municipality, so one never
// reaches another's people; a change that would leave no active teamleider or beheerder is refused.
import { randomInt } from 'node:crypto';
import type { DeviceState, PeopleDeviceRow, PersonRow, PeopleError } from '../../protocol/people';
import { canManageAccounts, ROLES, type Role } from '../../protocol/roles';
import { createUser, findUserByEmail } from '../auth/accounts';
import { listDevices, UUID, type DeviceRow } from '../auth/devices';
import { hashPassword } from '../auth/passwords';
import type { Database, Queryable, Row } from '../persistence/db';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand (no 0/O, 1/l/I). */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password: four groups of four readable characters ("k7mq-x3td-9wpe-hr4n"), about 79 bits from
 * node:crypto, easy to read out on the phone. Shown once; only its scrypt hash is kept.
 */
export const temporaryPassword = (): string =>
  Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''),
  ).join('-');

export type Change<T> = { ok: true; value: T } | { ok: false; error: PeopleError | 'not-found' };

const iso = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string | Date).toISOString();

const SELECT_PERSON = `SELECT u.id, u.email, u.role, u.created_at, u.disabled_at,
    (SELECT count(*) FROM devices d WHERE d.user_id = u.id AND d.revoked_at IS NULL) AS active_devices,
    (SELECT max(d.last_seen_at) FROM devices d WHERE d.user_id = u.id) AS last_seen_at
  FROM users u WHERE u.organisation_id = $1`;

const toPerson = (r: Row): PersonRow => ({
  id: String(r.id),
  email: String(r.email),
  role: r.role as Role,
  disabled: r.disabled_at !== null && r.disabled_at !== undefined,
  createdAt: iso(r.created_at) ?? '',
  lastSeenAt: iso(r.last_seen_at),
  activeDevices: Number(r.active_devices ?? 0),
});

export const listPeople = async (db: Queryable, organisationId: string): Promise<PersonRow[]> =>
  (await db.query(`${SELECT_PERSON} ORDER BY u.email`, [organisationId])).map(toPerson);

/** The person, when she belongs to this municipality (an unknown id and another municipality's look the same). */
export const findPerson = async (
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<PersonRow | undefined> => {
  if (!UUID.test(userId)) return undefined;
  const [row] = await db.query(`${SELECT_PERSON} AND u.id = $2`, [organisationId, userId]);
  return row ? toPerson(row) : undefined;
};

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/** Creates a person with a temporary password, hashed by the accounts code she logs in with. */
export const createPerson = async (
  db: Queryable,
  organisationId: string,
  input: { email: string; role: Role },
): Promise<Change<{ person: PersonRow; temporaryPassword: string }>> => {
  if (await findUserByEmail(db, input.email)) return { ok: false, error: 'email-taken' };
  const password = temporaryPassword();
  try {
    const { id } = await createUser(db, {
      organisationId,
      email: input.email,
      role: input.role,
      password,
    });
    const person = await findPerson(db, organisationId, id);
    return person
      ? { ok: true, value: { person, temporaryPassword: password } }
      : { ok: false, error: 'not-found' };
  } catch (error) {
    // Two managers adding the same address at once: the second finds it taken.
    if (isUniqueViolation(error)) return { ok: false, error: 'email-taken' };
    throw error;
  }
};

/**
 * Runs a change of one person with the municipality's row locked, so two managers taking away each other's role
 * at the same moment are decided one after the other (and the second is refused as the last manager).
 */
const withOrganisationLocked = <T>(
  db: Database,
  organisationId: string,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> =>
  db.transaction(async (tx) => {
    await tx.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
    return fn(tx);
  });

/** The roles that manage people and tablets (teamleider, beheerder). */
const MANAGER_ROLES = ROLES.filter(canManageAccounts);

/** Whether another active (not blocked) teamleider or beheerder remains when this person stops being one. */
const anotherManagerRemains = async (
  tx: Queryable,
  organisationId: string,
  userId: string,
): Promise<boolean> =>
  (
    await tx.query(
      'SELECT 1 FROM users WHERE organisation_id = $1 AND id <> $2 AND disabled_at IS NULL AND role = ANY($3::text[]) LIMIT 1',
      [organisationId, userId, MANAGER_ROLES],
    )
  ).length > 0;

/** Would this change leave the municipality without an active manager? */
const takesAwayLastManager = async (
  tx: Queryable,
  organisationId: string,
  person: PersonRow,
  after: { role: Role; disabled: boolean },
) => {
  const managesNow = canManageAccounts(person.role) && !person.disabled;
  const managesAfter = canManageAccounts(after.role) && !after.disabled;
  return (
    managesNow && !managesAfter && !(await anotherManagerRemains(tx, organisationId, person.id))
  );
};

export const changeRole = (
  db: Database,
  organisationId: string,
  userId: string,
  role: Role,
): Promise<Change<PersonRow>> =>
  withOrganisationLocked(db, organisationId, async (tx): Promise<Change<PersonRow>> => {
    const person = await findPerson(tx, organisationId, userId);
    if (!person) return { ok: false, error: 'not-found' };
    if (await takesAwayLastManager(tx, organisationId, person, { role, disabled: person.disabled }))
      return { ok: false, error: 'last-manager' };
    await tx.query('UPDATE users SET role = $3 WHERE id = $1 AND organisation_id = $2', [
      userId,
      organisationId,
      role,
    ]);
    return { ok: true, value: { ...person, role } };
  });

/** Blocks (she can no longer log in; her tablets are refused at their next contact) or unblocks a person. */
export const setDisabled = (
  db: Database,
  organisationId: string,
  userId: string,
  disabled: boolean,
): Promise<Change<PersonRow>> =>
  withOrganisationLocked(db, organisationId, async (tx): Promise<Change<PersonRow>> => {
    const person = await findPerson(tx, organisationId, userId);
    if (!person) return { ok: false, error: 'not-found' };
    if (await takesAwayLastManager(tx, organisationId, person, { role: person.role, disabled }))
      return { ok: false, error: 'last-manager' };
    await tx.query(
      `UPDATE users SET disabled_at = CASE WHEN $3::boolean THEN COALESCE(disabled_at, now()) ELSE NULL END WHERE id = $1 AND organisation_id = $2`,
      [userId, organisationId, disabled],
    );
    return { ok: true, value: { ...person, disabled } };
  });

/**
 * Gives a person a new temporary password: the old one stops working, and the refresh tokens of her tablets are
 * revoked (their token families, ./auth/refreshFamilies.ts), so each tablet asks her to sign in again; the work
 * on them stays and syncs after that sign-in.
 */
export const resetPassword = async (
  db: Database,
  organisationId: string,
  userId: string,
): Promise<Change<{ person: PersonRow; temporaryPassword: string }>> => {
  const person = await findPerson(db, organisationId, userId);
  if (!person) return { ok: false, error: 'not-found' };
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $3 WHERE id = $1 AND organisation_id = $2', [
      userId,
      organisationId,
      hash,
    ]);
    await tx.query(
      'UPDATE devices SET refresh_revoked_at = now() WHERE user_id = $1 AND refresh_revoked_at IS NULL',
      [userId],
    );
  });
  return { ok: true, value: { person, temporaryPassword: password } };
};

/** What a tablet is now: a blocked person's tablets are refused like lost ones (src/server/auth/devices.ts). */
export const deviceStateOf = (
  device: Pick<DeviceRow, 'revokeMode'>,
  ownerDisabled: boolean,
): DeviceState =>
  ownerDisabled || device.revokeMode === 'lost'
    ? 'revoked'
    : device.revokeMode === 'retire'
      ? 'retiring'
      : 'active';

/** The municipality's tablets with their names, person, last contact and state. */
export const listPeopleDevices = async (
  db: Queryable,
  organisationId: string,
): Promise<PeopleDeviceRow[]> => {
  const blocked = new Set(
    (
      await db.query<{ id: string }>(
        'SELECT id FROM users WHERE organisation_id = $1 AND disabled_at IS NOT NULL',
        [organisationId],
      )
    ).map((r) => String(r.id)),
  );
  return (await listDevices(db, organisationId)).map((d) => ({
    id: d.id,
    name: d.name,
    model: d.model,
    userId: d.userId,
    email: d.email,
    createdAt: d.createdAt,
    lastSeenAt: d.lastSeenAt,
    lastSyncAt: d.lastSyncAt,
    state: deviceStateOf(d, blocked.has(d.userId)),
  }));
};
