// How much one update, one case and one user's uploads may be: the quotas of the sync server and their defaults.
import type { UploadRateLimits } from './uploadRate';

export interface SyncQuotas {
  /** Largest single update (a tablet's whole offline work on a case arrives as one). */
  maxUpdateBytes: number;
  /** Largest case: the loaded state plus every update taken in since. */
  maxCaseBytes: number;
  uploadRate: UploadRateLimits;
}

export const DEFAULT_QUOTAS: SyncQuotas = {
  maxUpdateBytes: 16 * 1024 * 1024,
  maxCaseBytes: 100 * 1024 * 1024,
  uploadRate: { bytesPerSecond: 2 * 1024 * 1024, burstBytes: 16 * 1024 * 1024 },
};
