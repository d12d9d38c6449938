// Which external services the integration tests can use, and a plain note about the suites left out.
export const DATABASE_URL = process.env.DATABASE_URL || undefined;
export const REDIS_URL = process.env.REDIS_URL || undefined;

const noted = new Set<string>();

/** Prints once per suite why it is left out (only for missing DATABASE_URL / REDIS_URL). */
export const noteSkipped = (suite: string, variable: 'DATABASE_URL' | 'REDIS_URL'): void => {
  const key = `${suite}/${variable}`;
  if (noted.has(key)) return;
  noted.add(key);
  console.log(`[integration] LEFT OUT: "${suite}" — ${variable} is not set.`);
};
