// Seeds a fresh store for ours in the load bench: one municipality with one consultant (argv: e-mail, password).
// Run by servers.ts as its own process, in its own raised scheduling group, before the server starts.
import { createOrganisation, createUser } from '../../../src/server/auth/accounts';
import { openDatabase } from '../../../src/server/persistence/open';

const db = await openDatabase({
  dataDir: process.env.DATA_DIR ?? '',
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, databaseSchema: process.env.DATABASE_SCHEMA } : {}),
});
try {
  const org = await createOrganisation(db, `Gemeente Load ${Date.now()}`);
  await createUser(db, { organisationId: org.id, email: process.argv[2] ?? '', role: 'consultant', password: process.argv[3] ?? '' });
} finally {
  await db.close();
}
