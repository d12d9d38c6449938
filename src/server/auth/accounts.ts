// Organisations (municipalities) and users: creation and look-up.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../protocol/roles';
import type { Queryable } from '../persistence/db';
import { hashPassword } from './passwords';

export interface Organisation {
  id: string;
  name: string;
}

export interface User {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

export const MIN_PASSWORD_LENGTH = 10;

export const createOrganisation = async (db: Queryable, name: string): Promise<Organisation> => {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('An organisation needs a name');
  const id = randomUUID();
  await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [id, trimmed]);
  return { id, name: trimmed };
};

/** Finds an organisation by id or by exact name. */
export const findOrganisation = async (
  db: Queryable,
  idOrName: string,
): Promise<Organisation | undefined> => {
  const [row] = await db.query<Organisation & Record<string, unknown>>(
    'SELECT id, name FROM organisations WHERE id::text = $1 OR name = $1',
    [idOrName.trim()],
  );
  return row;
};

export const countOrganisations = async (db: Queryable): Promise<number> => {
  const [row] = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM organisations');
  return Number(row?.n ?? 0);
};

export const createUser = async (
  db: Queryable,
  input: { organisationId: string; email: string; role: Role; password: string },
): Promise<{ id: string; email: string }> => {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const id = randomUUID();
  const email = input.email.trim().toLowerCase();
  await db.query(
    'INSERT INTO users (id, organisation_id, email, password_hash, role) VALUES ($1, $2, $3, $4, $5)',
    [id, input.organisationId, email, await hashPassword(input.password), input.role],
  );
  return { id, email };
};

type UserRow = {
  id: string;
  organisation_id: string;
  organisation_name: string;
  email: string;
  role: Role;
  password_hash: string;
  disabled_at: unknown;
};

const toUser = (r: UserRow): User => ({
  id: r.id,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  email: r.email,
  role: r.role,
  passwordHash: r.password_hash,
  disabled: r.disabled_at !== null && r.disabled_at !== undefined,
});

const SELECT_USER = `SELECT u.id, u.organisation_id, o.name AS organisation_name, u.email, u.role, u.password_hash, u.disabled_at
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

export const findUserByEmail = async (db: Queryable, email: string): Promise<User | undefined> => {
  const [row] = await db.query<UserRow>(`${SELECT_USER} WHERE u.email = $1`, [
    email.trim().toLowerCase(),
  ]);
  return row ? toUser(row) : undefined;
};

export const findUserById = async (db: Queryable, id: string): Promise<User | undefined> => {
  const [row] = await db.query<UserRow>(`${SELECT_USER} WHERE u.id = $1`, [id]);
  return row ? toUser(row) : undefined;
};
