// Code (or data) fetched once and kept: every call shares the first fetch; a failed fetch is forgotten, so the next
// call (the screen itself, the PIN wipe) tries again instead of failing for good.
export const fetchOnce = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
};
