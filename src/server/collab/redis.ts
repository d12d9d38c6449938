// Scale-out: the Hocuspocus Redis extension, configured from REDIS_URL, so a document open on several instances converges.
import { Redis } from '@hocuspocus/extension-redis';

export const redisExtension = (redisUrl: string, prefix: string): Redis => {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return new Redis({
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    prefix,
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      maxRetriesPerRequest: null,
    },
  });
};

/** Closes the extension's two Redis connections. */
export const closeRedisExtension = async (redis: Redis): Promise<void> => {
  await Promise.allSettled([redis.pub.quit(), redis.sub.quit()]);
};
