// Embedded PGlite adapter: a real Postgres in WebAssembly, data in a local folder (default ./data).
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database, Queryable, Row } from './db';

/** Opens PGlite in dataDir; "memory://" keeps it in memory (tests only). */
export const openPglite = async (dataDir: string): Promise<Database> => {
  const dir = dataDir.startsWith('memory://') ? dataDir : resolve(dataDir);
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir, { relaxedDurability: false });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await q.query<T>(sql, [...params])).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
};
