// "Klaar voor onderweg": is everything for a day without network on the tablet? Pure; the app gathers the facts.

export interface ReadinessFacts {
  /** The service worker controls the page, so the app, languages, fonts and pictures are cached. */
  appCached: boolean;
  /** The browser promised not to clear this app's storage. */
  storagePersisted: boolean;
  /** Opened as an installed app (home screen), not in a browser tab. */
  installed: boolean;
  /**
   * The browser deletes all the site's storage after seven days without use unless the app runs from the home
   * screen: Safari, and every browser on iPadOS (all are WebKit). See src/app/pwa/platform.ts.
   */
  storageClearedWhenUnused: boolean;
  /** Languages of the cases on the tablet that have neither a voice on this tablet nor recorded prompts. */
  languagesWithoutAudio: string[];
  signedIn: boolean;
  /** When the municipality's cases were last downloaded (ISO), if ever. */
  casesDownloadedAt?: string;
  casesWaiting: number;
  casesWithError: number;
}

export type ReadinessGap =
  | 'app-not-cached'
  | 'storage-not-persisted'
  | 'storage-seven-days'
  | 'not-signed-in'
  | 'cases-not-downloaded'
  | 'changes-waiting'
  | 'sync-errors'
  | 'languages-without-audio';

/** Cases downloaded longer ago than this do not count as "ready for today". */
const FRESH_MS = 12 * 60 * 60 * 1000;

export const readinessGaps = (facts: ReadinessFacts, now: string): ReadinessGap[] => {
  const gaps: ReadinessGap[] = [];
  if (!facts.appCached) gaps.push('app-not-cached');
  // Only an installed app can be promised lasting storage; in a tab the gap says to install it. An
  // installed app whose browser still gives no promise is not kept amber for what nobody can change.
  // In Safari a tab loses everything after seven days without use, promise or not: that gap says so instead.
  if (!facts.installed && facts.storageClearedWhenUnused) gaps.push('storage-seven-days');
  else if (!facts.storagePersisted && !facts.installed) gaps.push('storage-not-persisted');
  if (!facts.signedIn) gaps.push('not-signed-in');
  else if (
    !facts.casesDownloadedAt ||
    Date.parse(now) - Date.parse(facts.casesDownloadedAt) > FRESH_MS
  ) {
    gaps.push('cases-not-downloaded');
  }
  if (facts.casesWaiting > 0) gaps.push('changes-waiting');
  if (facts.casesWithError > 0) gaps.push('sync-errors');
  if (facts.languagesWithoutAudio.length > 0) gaps.push('languages-without-audio');
  return gaps;
};
