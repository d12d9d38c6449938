// Tests of the "klaar voor onderweg" check.
import { describe, expect, it } from 'vitest';
import { readinessGaps } from './readiness';

const NOW = '2026-11-23T08:00:00.000Z';
const ready = {
  appCached: true,
  storagePersisted: true,
  installed: false,
  storageClearedWhenUnused: false,
  languagesWithoutAudio: [],
  signedIn: true,
  casesDownloadedAt: '2026-11-23T07:30:00.000Z',
  casesWaiting: 0,
  casesWithError: 0,
};

describe('readinessGaps', () => {
  it('is ready when the app is cached, storage kept, cases fresh and nothing waits', () => {
    expect(readinessGaps(ready, NOW)).toEqual([]);
  });
  it('names every gap', () => {
    expect(
      readinessGaps(
        { ...ready, appCached: false, storagePersisted: false, casesWaiting: 2, casesWithError: 1 },
        NOW,
      ),
    ).toEqual(['app-not-cached', 'storage-not-persisted', 'changes-waiting', 'sync-errors']);
  });
  it('asks for a fresh download of the cases each day, and for signing in first', () => {
    expect(readinessGaps({ ...ready, casesDownloadedAt: '2026-11-22T07:00:00.000Z' }, NOW)).toEqual(
      ['cases-not-downloaded'],
    );
    expect(readinessGaps({ ...ready, signedIn: false }, NOW)).toEqual(['not-signed-in']);
  });
  it('asks a browser tab to install for lasting storage, but keeps no installed app amber for it', () => {
    expect(readinessGaps({ ...ready, storagePersisted: false }, NOW)).toEqual([
      'storage-not-persisted',
    ]);
    expect(readinessGaps({ ...ready, storagePersisted: false, installed: true }, NOW)).toEqual([]);
  });
  it("warns Safari's tab that it loses everything after seven days unused, and asks for the home screen", () => {
    expect(readinessGaps({ ...ready, storageClearedWhenUnused: true }, NOW)).toEqual([
      'storage-seven-days',
    ]);
    // Whether or not the tab was promised storage: one gap, one action (install).
    expect(
      readinessGaps({ ...ready, storageClearedWhenUnused: true, storagePersisted: false }, NOW),
    ).toEqual(['storage-seven-days']);
    expect(
      readinessGaps(
        { ...ready, storageClearedWhenUnused: true, storagePersisted: false, installed: true },
        NOW,
      ),
    ).toEqual([]);
  });
  it('names case languages that have neither a voice nor recorded prompts', () => {
    expect(readinessGaps({ ...ready, languagesWithoutAudio: ['ti'] }, NOW)).toEqual([
      'languages-without-audio',
    ]);
  });
});
