// The token signing secret: JWT_SECRET from the environment, or generated once and kept in the settings table.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../persistence/db';
import type { TokenKeys } from './tokens';

export const loadTokenKeys = async (db: Queryable, fromEnv?: string): Promise<TokenKeys> => {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
    return { secret: new TextEncoder().encode(fromEnv) };
  }
  // Several instances may start at once: the first insert wins and everyone reads the stored value.
  await db.query(
    "INSERT INTO settings (key, value) VALUES ('jwt_secret', $1) ON CONFLICT (key) DO NOTHING",
    [randomBytes(48).toString('base64url')],
  );
  const [row] = await db.query<{ value: string }>(
    "SELECT value FROM settings WHERE key = 'jwt_secret'",
  );
  if (!row) throw new Error('No token secret stored');
  return { secret: new TextEncoder().encode(row.value) };
};
