// Admin CLI (`npm run admin -- <command>`): create organisations and users, list them, revoke devices.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { roleSchema } from '../protocol/roles';
import { createOrganisation, createUser, findOrganisation } from './auth/accounts';
import { listDevices, revokeDevice } from './auth/devices';
import { configFromEnv } from './config';
import type { Database } from './persistence/db';
import { openDatabase } from './persistence/open';
import { rebuildProjection } from './persistence/rebuildProjection';

const USAGE = `Usage: npm run admin -- <command> [options]
  create-org "<name>"                                  create a municipality
  create-user --org <id|name> --email <e-mail> --role consultant|teamleider|beheerder [--password <pw>]
                                                       (without --password a password is generated and printed)
  list-orgs                                            list municipalities
  list-users --org <id|name>                           list the users of a municipality
  list-devices --org <id|name>                         list the tablets: name, model, owner, last seen, last sync, state
  revoke-device --id <device id> --mode retire|lost    retire: it sends what it still has, then wipes itself;
                                                       lost: it wipes itself at its next contact, unsent work is lost
                                                       (a running server closes its sockets within seconds)
  rebuild-projection                                   recreate the back office's rows of every case from its document
The store is the one of the server: DATABASE_URL (+ DATABASE_SCHEMA), otherwise PGlite in DATA_DIR (default ./data).
With PGlite, stop the server first: the embedded database has one process at a time.`;

class UsageError extends Error {}

const need = (value: string | undefined, what: string): string => {
  if (!value) throw new UsageError(`Missing ${what}.`);
  return value;
};

const orgOf = async (db: Database, idOrName: string) => {
  const org = await findOrganisation(db, idOrName);
  if (!org) throw new UsageError(`No organisation "${idOrName}".`);
  return org;
};

export const runAdmin = async (
  argv: string[],
  db: Database,
  print: (line: string) => void = console.log,
): Promise<void> => {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      id: { type: 'string' },
      mode: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  switch (command) {
    case 'create-org': {
      const org = await createOrganisation(db, need(rest.join(' '), 'organisation name'));
      print(`Created organisation "${org.name}" (${org.id})`);
      return;
    }
    case 'create-user': {
      const org = await orgOf(db, need(values.org, '--org'));
      const role = roleSchema.safeParse(values.role);
      if (!role.success)
        throw new UsageError('--role must be consultant, teamleider or beheerder.');
      const password = values.password ?? randomBytes(12).toString('base64url');
      const user = await createUser(db, {
        organisationId: org.id,
        email: need(values.email, '--email'),
        role: role.data,
        password,
      });
      print(`Created ${role.data} ${user.email} in "${org.name}" (${user.id})`);
      if (!values.password) print(`Password: ${password}`);
      return;
    }
    case 'list-orgs': {
      for (const r of await db.query<{ id: string; name: string }>(
        'SELECT id, name FROM organisations ORDER BY name',
      )) {
        print(`${r.id}  ${r.name}`);
      }
      return;
    }
    case 'list-users': {
      const org = await orgOf(db, need(values.org, '--org'));
      const rows = await db.query<{ id: string; email: string; role: string }>(
        'SELECT id, email, role FROM users WHERE organisation_id = $1 ORDER BY email',
        [org.id],
      );
      for (const r of rows) print(`${r.id}  ${r.role.padEnd(10)}  ${r.email}`);
      return;
    }
    case 'list-devices': {
      const org = await orgOf(db, need(values.org ?? rest[0], '--org'));
      const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '-');
      for (const d of await listDevices(db, org.id)) {
        const state =
          d.revokeMode === 'retire' ? 'retired' : d.revokeMode === 'lost' ? 'lost' : 'active';
        print(
          [
            d.id,
            d.name,
            d.model ?? '-',
            d.email,
            `seen ${when(d.lastSeenAt)}`,
            `synced ${when(d.lastSyncAt)}`,
            state,
          ].join('  '),
        );
      }
      return;
    }
    case 'revoke-device': {
      const id = need(values.id, '--id');
      const mode = need(
        values.mode,
        '--mode retire|lost (retire: it sends what it still has; lost: unsent work is lost)',
      );
      if (mode !== 'retire' && mode !== 'lost') throw new UsageError('--mode is retire or lost.');
      print(
        (await revokeDevice(db, id, mode))
          ? `Revoked device ${id} (${mode === 'retire' ? 'retired: it sends what it still has, then wipes itself' : 'lost: it wipes itself at its next contact'})`
          : `No active device ${id}`,
      );
      return;
    }
    case 'rebuild-projection': {
      const report = await rebuildProjection(db);
      print(
        `Rebuilt the projection of ${report.cases} case(s)${report.empty ? `; ${report.empty} without content yet` : ''}.`,
      );
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  }
};

const isMain =
  import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('admin.ts');
if (isMain) {
  const db = await openDatabase(configFromEnv());
  try {
    await runAdmin(process.argv.slice(2), db);
  } catch (error) {
    console.error(
      error instanceof UsageError
        ? `${error.message}\n\n${USAGE}`
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
