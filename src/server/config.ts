// Server settings from the environment, with the defaults of a single embedded installation.
export interface ServerConfig {
  port: number;
  host: string;
  distDir: string;
  /** PGlite data folder, used when databaseUrl is not set. */
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); default: the connection's search_path. */
  databaseSchema?: string;
  redisUrl?: string;
  /** Key prefix in Redis, so several deployments can share one Redis. */
  redisPrefix: string;
  /** Token signing secret (>= 32 characters); generated and stored in the database when unset. */
  jwtSecret?: string;
  production: boolean;
  /** Largest websocket message accepted; a larger one closes that socket (1009). */
  maxMessageBytes: number;
  /** Create a demo municipality and consultant on an empty store (never in production). */
  seedDemo: boolean;
  logger: boolean;
}

const int = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
};

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): ServerConfig => {
  const production = env.NODE_ENV === 'production';
  return {
    port: int(env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    distDir: env.DIST_DIR ?? 'dist',
    dataDir: env.DATA_DIR ?? 'data',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'samenspraak',
    jwtSecret: env.JWT_SECRET || undefined,
    production,
    maxMessageBytes: int(env.MAX_MESSAGE_BYTES, 16 * 1024 * 1024),
    seedDemo: !production && env.SEED_DEMO !== '0',
    logger: env.LOG_REQUESTS === '1',
  };
};
