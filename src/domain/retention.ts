// Local retention: which cases may leave the tablet because the server holds them and nobody touched them.

export const DEFAULT_RETENTION_DAYS = 30;
export const RETENTION_CHOICES = [7, 14, 30, 60, 90] as const;

export interface RetentionCandidate {
  id: string;
  /** 0 once the server has durably stored every change. */
  dirty: 0 | 1;
  /** Last time the case changed on this tablet (ISO). */
  updatedAt: string;
  /** Last time the server acknowledged the case (ISO), when known. */
  syncedAt?: string;
}

/** Cases synced durably and untouched for `days` days; never one that is open right now. */
export const casesToPurge = (
  cases: readonly RetentionCandidate[],
  now: string,
  days: number,
  openCaseIds: ReadonlySet<string> = new Set(),
): string[] => {
  const limit = Date.parse(now) - days * 24 * 60 * 60 * 1000;
  return cases
    .filter((c) => c.dirty === 0 && !openCaseIds.has(c.id))
    .filter(
      (c) => Math.max(Date.parse(c.updatedAt), c.syncedAt ? Date.parse(c.syncedAt) : 0) < limit,
    )
    .map((c) => c.id);
};
