// Opens the configured database (PostgreSQL when DATABASE_URL is set, otherwise PGlite) and migrates it.
import type { Database } from './db';
import { runMigrations } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseConfig {
  databaseUrl?: string;
  databaseSchema?: string;
  dataDir: string;
}

export const openDatabase = async (config: DatabaseConfig): Promise<Database> => {
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config.databaseSchema)
    : await openPglite(config.dataDir);
  try {
    await runMigrations(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
};
