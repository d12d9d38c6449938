// A small in-memory fixed-window rate limiter for login attempts (per instance; behind a load balancer each counts alone).
export interface RateLimiter {
  /** Counts one attempt for key; false when the key is over its limit in the current window. */
  hit(key: string): boolean;
  /** Whether the key is currently over its limit, without counting. */
  blocked(key: string): boolean;
  /** Milliseconds until the key's current window ends (when it may try again). */
  retryAfterMs(key: string): number;
  reset(key: string): void;
}

export const createRateLimiter = (
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
  maxKeys = 10_000,
): RateLimiter => {
  const windows = new Map<string, { start: number; count: number }>();
  const prune = (t: number) => {
    for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
    // Still full of live windows (a flood of addresses): forget the oldest, so memory stays bounded.
    for (const k of windows.keys()) {
      if (windows.size <= maxKeys) break;
      windows.delete(k);
    }
  };
  const current = (key: string) => {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      windows.delete(key);
      w = { start: t, count: 0 };
      windows.set(key, w);
      if (windows.size > maxKeys) prune(t);
    }
    return w;
  };
  return {
    hit: (key) => ++current(key).count <= limit,
    blocked: (key) => current(key).count >= limit,
    retryAfterMs: (key) => {
      const w = windows.get(key);
      return w ? Math.max(0, w.start + windowMs - now()) : 0;
    },
    reset: (key) => void windows.delete(key),
  };
};
