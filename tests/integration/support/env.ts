// Which external services the integration tests can use, and a plain note about the suites left out.
export const DATABASE_URL = process.env.DATABASE_URL || undefined;
export const REDIS_URL = process.env.REDIS_URL || undefined;

const noted = new Set<string>();

type Variable = 'DATABASE_URL' | 'REDIS_URL';

/** Prints once per suite why it is left out (only for missing DATABASE_URL / REDIS_URL). */
export const noteSkipped = (suite: string, ...variables: Variable[]): void => {
  const key = `${suite}/${variables.join()}`;
  if (noted.has(key)) return;
  noted.add(key);
  console.log(
    `[integration] LEFT OUT: "${suite}" — ${variables.join(' and ')} ${variables.length > 1 ? 'are' : 'is'} not set.`,
  );
};

/** The variables of the given ones that are not set. */
export const missing = (...variables: Variable[]): Variable[] =>
  variables.filter((v) => (v === 'DATABASE_URL' ? DATABASE_URL : REDIS_URL) === undefined);
