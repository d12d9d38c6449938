// PostgreSQL adapter (pg Pool), selected by DATABASE_URL; an optional schema isolates tenants or test runs.
import pg from 'pg';
import type { Database, Queryable, Row } from './db';

const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid schema name: ${name}`);
  return `"${name}"`;
};

export const openPostgres = async (
  connectionString: string,
  schema?: string,
): Promise<Database> => {
  if (schema) {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } catch (error) {
      // Two instances starting at once can race on IF NOT EXISTS; the schema exists either way.
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P06') throw error;
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  // An idle client that errors (e.g. the server restarts) must not crash the process.
  pool.on('error', (error) => console.error('[postgres] idle client error:', error.message));
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await q.query<T>(sql, [...params])).rows,
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A client whose ROLLBACK fails is broken: release(error) discards it instead of pooling it.
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
};

/** Drops a schema and everything in it (test clean-up). */
export const dropSchema = async (connectionString: string, schema: string): Promise<void> => {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
};
