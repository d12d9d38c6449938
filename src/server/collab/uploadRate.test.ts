// Upload rate per user: a burst goes at once, beyond it the user's socket waits as long as the rate asks.
import { describe, expect, it } from 'vitest';
import { createUploadRate } from './uploadRate';

const MB = 1024 * 1024;

describe('upload rate per user', () => {
  it('lets a burst through and then asks the socket to wait in proportion to what was sent', () => {
    const rate = createUploadRate({ bytesPerSecond: 2 * MB, burstBytes: 16 * MB });
    expect(rate.take('u', 15 * MB, 0)).toBe(0);
    expect(rate.take('u', 5 * MB, 0)).toBe(2000);
    // Two seconds later the bucket is back to empty, not to full.
    expect(rate.take('u', 1 * MB, 2000)).toBe(500);
  });

  it('counts each user apart', () => {
    const rate = createUploadRate({ bytesPerSecond: MB, burstBytes: MB });
    expect(rate.take('a', 2 * MB, 0)).toBe(1000);
    expect(rate.take('b', MB / 2, 0)).toBe(0);
  });

  it('never pauses longer than the cap, so the tablet is not taken for a dead one', () => {
    const rate = createUploadRate({ bytesPerSecond: MB, burstBytes: MB }, 5000);
    expect(rate.take('a', 100 * MB, 0)).toBe(5000);
  });
});
