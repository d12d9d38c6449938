// Server settings from the environment, with the defaults of a single embedded installation.
import type { SocketLimits } from './collab/attach';
import { DEFAULT_QUOTAS, type SyncQuotas } from './collab/quotas';
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
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed for the client's address
   * (rate limits, audit). Empty: nobody's — a header sent by anyone else is ignored.
   */
  trustProxy: string[];
  /** Largest update and case, and the upload rate per user (defaults in collab/hocuspocus.ts). */
  quotas: SyncQuotas;
  /** Limits of sync sockets before login (defaults in collab/attach.ts); tests lower them. */
  socketLimits?: Partial<Omit<SocketLimits, 'maxMessageBytes'>>;
}

const int = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
};

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;

/** TRUST_PROXY: comma-separated addresses or ranges (10.0.0.5, 10.0.0.0/8, ::1). A wrong entry stops the start. */
export const parseTrustProxy = (value: string | undefined): string[] => {
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const v4 = IPV4.test(address) && address.split('.').every((part) => Number(part) <= 255);
    const v6 = !v4 && address.includes(':') && /^[0-9a-f:.]+$/i.test(address);
    const maxBits = v4 ? 32 : 128;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (rest.length > 0 || (!v4 && !v6) || !bitsOk) {
      throw new Error(
        `TRUST_PROXY: "${entry}" is not an address or range (e.g. 10.0.0.5 or 10.0.0.0/8).`,
      );
    }
  }
  return entries;
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
    // A little above the largest update, so an update over its quota is refused with a reason the tablet shows.
    maxMessageBytes: int(
      env.MAX_MESSAGE_BYTES,
      int(env.MAX_UPDATE_BYTES, DEFAULT_QUOTAS.maxUpdateBytes) + 1024 * 1024,
    ),
    quotas: {
      maxUpdateBytes: int(env.MAX_UPDATE_BYTES, DEFAULT_QUOTAS.maxUpdateBytes),
      maxCaseBytes: int(env.MAX_CASE_BYTES, DEFAULT_QUOTAS.maxCaseBytes),
      uploadRate: {
        bytesPerSecond: int(env.UPLOAD_BYTES_PER_SECOND, DEFAULT_QUOTAS.uploadRate.bytesPerSecond),
        burstBytes: int(env.UPLOAD_BURST_BYTES, DEFAULT_QUOTAS.uploadRate.burstBytes),
      },
    },
    seedDemo: !production && env.SEED_DEMO !== '0',
    logger: env.LOG_REQUESTS === '1',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    socketLimits: {
      ...(env.SYNC_LOGIN_TIMEOUT_MS
        ? { loginTimeoutMs: int(env.SYNC_LOGIN_TIMEOUT_MS, 10_000) }
        : {}),
      ...(env.SYNC_SOCKETS_BEFORE_LOGIN_PER_ADDRESS
        ? { maxSocketsBeforeLoginPerAddress: int(env.SYNC_SOCKETS_BEFORE_LOGIN_PER_ADDRESS, 32) }
        : {}),
    },
  };
};
