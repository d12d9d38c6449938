// Fresh databases for tests: PGlite in a temp folder, PostgreSQL in a random schema that is dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../src/server/persistence/db';
import { openDatabase } from '../../../src/server/persistence/open';
import { dropSchema } from '../../../src/server/persistence/postgres';
import { DATABASE_URL } from './env';

export type AdapterKind = 'pglite' | 'postgres';

export interface TestDatabase {
  db: Database;
  /** Settings to open the same database again (e.g. in a child process). */
  config: { dataDir: string; databaseUrl?: string; databaseSchema?: string };
  dispose(): Promise<void>;
}

export const tempDir = (prefix: string): string =>
  mkdtempSync(join(tmpdir(), `samenspraak-${prefix}-`));

export const randomSchema = (): string => `it_${randomBytes(6).toString('hex')}`;

/** Settings of a fresh, empty database of the given kind (not opened). */
export const freshDatabaseConfig = (
  kind: AdapterKind,
): TestDatabase['config'] & { cleanup(): Promise<void> } => {
  if (kind === 'postgres') {
    if (!DATABASE_URL) throw new Error('DATABASE_URL is not set');
    const schema = randomSchema();
    const url = DATABASE_URL;
    return {
      dataDir: '',
      databaseUrl: url,
      databaseSchema: schema,
      cleanup: () => dropSchema(url, schema),
    };
  }
  const dir = tempDir('pglite');
  return { dataDir: dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
};

export const openTestDatabase = async (kind: AdapterKind): Promise<TestDatabase> => {
  const { cleanup, ...config } = freshDatabaseConfig(kind);
  const db = await openDatabase(config);
  return {
    db,
    config,
    dispose: async () => {
      await db.close().catch(() => undefined);
      await cleanup();
    },
  };
};

/** The adapters to run against: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const adapters: { kind: AdapterKind; enabled: boolean }[] = [
  { kind: 'pglite', enabled: true },
  { kind: 'postgres', enabled: DATABASE_URL !== undefined },
];
