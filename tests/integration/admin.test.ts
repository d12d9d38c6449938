// Admin CLI and demo seed: organisations and users created from the command line can log in; the demo login only outside production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runAdmin } from '../../src/server/admin';
import { startServer } from '../../src/server/server';
import { freshDatabaseConfig } from './support/databases';
import { startTestServer, testConfig, type TestServer } from './support/server';

const run = promisify(execFile);

describe('admin CLI', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(async () => server?.stop());

  it('creates an organisation and a user that can log in', async () => {
    const out: string[] = [];
    await runAdmin(['create-org', 'Gemeente', 'Cli'], server.db, (l) => out.push(l));
    await runAdmin(
      [
        'create-user',
        '--org',
        'Gemeente Cli',
        '--email',
        'Cli.User@example.nl',
        '--role',
        'teamleider',
        '--password',
        'een lang wachtwoord',
      ],
      server.db,
      (l) => out.push(l),
    );
    expect(out.join('\n')).toMatch(/Created teamleider cli\.user@example\.nl in "Gemeente Cli"/);
    const res = await server.login('cli.user@example.nl', 'een lang wachtwoord');
    expect(res.status).toBe(200);
  });

  it('refuses an unknown role, organisation or a short password', async () => {
    await expect(
      runAdmin(
        ['create-user', '--org', 'Gemeente Cli', '--email', 'x@example.nl', '--role', 'god'],
        server.db,
      ),
    ).rejects.toThrow(/role/);
    await expect(
      runAdmin(
        ['create-user', '--org', 'Nergens', '--email', 'x@example.nl', '--role', 'consultant'],
        server.db,
      ),
    ).rejects.toThrow(/No organisation/);
    await expect(
      runAdmin(
        [
          'create-user',
          '--org',
          'Gemeente Cli',
          '--email',
          'x@example.nl',
          '--role',
          'consultant',
          '--password',
          'kort',
        ],
        server.db,
      ),
    ).rejects.toThrow(/at least/);
  });

  it('runs as a command on the embedded store', async () => {
    const db = freshDatabaseConfig('pglite');
    const env = { ...process.env, DATA_DIR: db.dataDir, DATABASE_URL: '' };
    try {
      const created = await run(
        process.execPath,
        ['--import', 'tsx', 'src/server/admin.ts', 'create-org', 'Gemeente Shell'],
        { env },
      );
      expect(created.stdout).toMatch(/Created organisation "Gemeente Shell"/);
      const listed = await run(
        process.execPath,
        ['--import', 'tsx', 'src/server/admin.ts', 'list-orgs'],
        { env },
      );
      expect(listed.stdout).toMatch(/Gemeente Shell/);
      await expect(
        run(process.execPath, ['--import', 'tsx', 'src/server/admin.ts', 'nonsense'], { env }),
      ).rejects.toMatchObject({ code: 1 });
    } finally {
      await db.cleanup();
    }
  });
});

describe('demo seed', () => {
  it('creates a demo login on an empty store, never in production', async () => {
    for (const production of [false, true]) {
      const { cleanup, ...db } = freshDatabaseConfig('pglite');
      const server = await startServer(testConfig({ ...db, production, seedDemo: true }));
      try {
        if (production) {
          expect(server.demoLogin).toBeUndefined();
        } else {
          expect(server.demoLogin).toBeDefined();
          const res = await fetch(`${server.url}/api/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...server.demoLogin, deviceName: 'demo tablet' }),
          });
          expect(res.status).toBe(200);
        }
      } finally {
        await server.close();
        await cleanup();
      }
    }
  });
});
