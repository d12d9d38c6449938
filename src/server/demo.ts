// Demo seed: on an empty store outside production, one demo municipality with a demo consultant and a demo
// teamleider (the back office), sharing one generated password.
import { randomBytes } from 'node:crypto';
import type { Queryable } from './persistence/db';
import { countOrganisations, createOrganisation, createUser } from './auth/accounts';

export const DEMO_ORGANISATION = 'Gemeente Demo';
export const DEMO_EMAIL = 'consulent@demo.samenspraak.nl';
export const DEMO_TEAMLEIDER_EMAIL = 'teamleider@demo.samenspraak.nl';

/** Creates the demo login when there is no organisation yet; returns it so it can be printed once. */
export const seedDemoIfEmpty = async (
  db: Queryable,
): Promise<{ email: string; password: string } | undefined> => {
  if ((await countOrganisations(db)) > 0) return undefined;
  const org = await createOrganisation(db, DEMO_ORGANISATION);
  const password = `demo-${randomBytes(6).toString('base64url')}`;
  await createUser(db, { organisationId: org.id, email: DEMO_EMAIL, role: 'consultant', password });
  await createUser(db, {
    organisationId: org.id,
    email: DEMO_TEAMLEIDER_EMAIL,
    role: 'teamleider',
    password,
  });
  return { email: DEMO_EMAIL, password };
};
