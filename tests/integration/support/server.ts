// Starts an in-process server on a fresh database and random port, with helpers to create accounts and log in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../../src/protocol/roles';
import type { SessionResponse } from '../../../src/protocol/api';
import { createOrganisation, createUser } from '../../../src/server/auth/accounts';
import { configFromEnv, type ServerConfig } from '../../../src/server/config';
import type { Database, Queryable, Row } from '../../../src/server/persistence/db';
import { openDatabase } from '../../../src/server/persistence/open';
import { startServer, type RunningServer, type StartOptions } from '../../../src/server/server';
import { freshDatabaseConfig, type AdapterKind } from './databases';

export const PASSWORD = 'correct horse battery staple';

/** A folder with a dummy index.html standing in for the built PWA; one fixed folder, so nothing piles up. */
export const dummyDist = (): string => {
  const dir = join(tmpdir(), 'samenspraak-test-dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Samenspraak test</title>');
  return dir;
};

export interface TestServer extends RunningServer {
  wsUrl: string;
  kind: AdapterKind;
  /** Creates an organisation with one user per role given; returns their e-mail addresses by role. */
  organisation(name: string, roles?: Role[]): Promise<{ id: string; emails: Record<Role, string> }>;
  login(email: string, password?: string, deviceName?: string): Promise<Response>;
  session(email: string): Promise<SessionResponse>;
  /** Resolves once every write to the audit log the server has started so far has finished. */
  auditWritten(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The database with the audit log's writes in flight kept track of (statements the server starts; a test
 * waits on them instead of waiting a while to see whether more entries arrive).
 */
const trackingAuditWrites = (db: Database) => {
  const inFlight = new Set<Promise<unknown>>();
  const track =
    (q: Queryable): Queryable['query'] =>
    <T extends Row = Row>(sql: string, params?: readonly unknown[]) => {
      const result = q.query<T>(sql, params);
      if (/^\s*INSERT INTO audit_log\b/.test(sql)) {
        inFlight.add(result);
        const done = () => inFlight.delete(result);
        result.then(done, done);
      }
      return result;
    };
  const tracked: Database = {
    ...db,
    query: track(db),
    transaction: (fn) => db.transaction((tx) => fn({ query: track(tx) })),
  };
  const written = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return { db: tracked, written };
};

export const testConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig => ({
  ...configFromEnv({}),
  port: 0,
  host: '127.0.0.1',
  distDir: dummyDist(),
  seedDemo: false,
  ...overrides,
});

export const startTestServer = async (
  kind: AdapterKind,
  overrides: Partial<ServerConfig> = {},
  options: StartOptions = {},
): Promise<TestServer> => {
  const { cleanup, ...dbConfig } = freshDatabaseConfig(kind);
  const config = testConfig({ ...dbConfig, ...overrides });
  const audited = trackingAuditWrites(await openDatabase(config));
  const db = audited.db;
  const server = await startServer(config, { storeDebounceMs: 200, ...options, db });
  let n = 0;
  const login = (email: string, password = PASSWORD, deviceName = 'test tablet') =>
    fetch(`${server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, deviceName }),
    });
  return {
    ...server,
    kind,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    organisation: async (name, roles = ['consultant']) => {
      const org = await createOrganisation(
        db,
        `${name} ${++n} ${Math.random().toString(36).slice(2, 8)}`,
      );
      const emails = {} as Record<Role, string>;
      for (const role of roles) {
        const email = `${role}.${org.id.slice(0, 8)}@example.nl`;
        await createUser(db, { organisationId: org.id, email, role, password: PASSWORD });
        emails[role] = email;
      }
      return { id: org.id, emails };
    },
    login,
    session: async (email) => {
      const res = await login(email);
      if (!res.ok) throw new Error(`login of ${email} failed: ${res.status}`);
      return (await res.json()) as SessionResponse;
    },
    auditWritten: audited.written,
    stop: async () => {
      await server.close();
      await db.close().catch(() => undefined);
      await cleanup();
    },
  };
};

export type SessionsA = Record<'consultant' | 'teamleider' | 'beheerder', SessionResponse>;
export type SessionsB = Record<'consultant' | 'teamleider', SessionResponse>;

/** Two municipalities, A with all three roles and B with consultant and teamleider, all logged in. */
export const twoMunicipalities = async (
  server: TestServer,
  label: string,
): Promise<{ a: SessionsA; b: SessionsB }> => {
  const orgA = await server.organisation(`Gemeente ${label} A`, [
    'consultant',
    'teamleider',
    'beheerder',
  ]);
  const orgB = await server.organisation(`Gemeente ${label} B`, ['consultant', 'teamleider']);
  const a = {} as SessionsA;
  const b = {} as SessionsB;
  for (const role of ['consultant', 'teamleider', 'beheerder'] as const)
    a[role] = await server.session(orgA.emails[role]);
  for (const role of ['consultant', 'teamleider'] as const)
    b[role] = await server.session(orgB.emails[role]);
  return { a, b };
};
