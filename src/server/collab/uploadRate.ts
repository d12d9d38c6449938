// Upload rate per user: a token bucket of bytes; a socket whose user has used it up stops being read for a while.

export interface UploadRateLimits {
  /** Bytes per second a user may send over time (all their tablets together). */
  bytesPerSecond: number;
  /** Bytes a user may send at once (a whole case after a week offline). */
  burstBytes: number;
}

/**
 * Counts the bytes of each user's updates. `take` answers how long (ms) the sending socket should not be
 * read before the user's bucket has room again: 0 while within the rate. The pause is capped below the
 * ping timeout, so a paused tablet is never taken for a dead one.
 */
export const createUploadRate = (
  { bytesPerSecond, burstBytes }: UploadRateLimits,
  maxPauseMs = 10_000,
) => {
  const buckets = new Map<string, { level: number; at: number }>();
  return {
    take(userId: string, bytes: number, now = Date.now()): number {
      const b = buckets.get(userId) ?? { level: burstBytes, at: now };
      b.level = Math.min(burstBytes, b.level + ((now - b.at) / 1000) * bytesPerSecond) - bytes;
      b.at = now;
      buckets.set(userId, b);
      if (buckets.size > 10_000) {
        for (const [id, other] of buckets) if (other.level >= burstBytes) buckets.delete(id);
      }
      return b.level >= 0 ? 0 : Math.min(maxPauseMs, Math.ceil((-b.level / bytesPerSecond) * 1000));
    },
  };
};
