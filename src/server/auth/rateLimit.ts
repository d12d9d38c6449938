// A small in-memory fixed-window rate limiter for login attempts (per instance; behind a load balancer each counts alone).
export interface RateLimiter {
  /** Counts one attempt for key; false when the key is over its limit in the current window. */
  hit(key: string): boolean;
  /** Whether the key is currently over its limit, without counting. */
  blocked(key: string): boolean;
  reset(key: string): void;
}

export const createRateLimiter = (
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
): RateLimiter => {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string) => {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 };
      windows.set(key, w);
    }
    if (windows.size > 10_000) {
      for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
    }
    return w;
  };
  return {
    hit: (key) => ++current(key).count <= limit,
    blocked: (key) => current(key).count >= limit,
    reset: (key) => void windows.delete(key),
  };
};
