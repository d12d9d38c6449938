// Which browser and device the app runs in, as far as installing it and Safari's storage rules go. The rules are
// pure functions of a few navigator facts (tested in platform.test.ts); readBrowserFacts() reads them.

export interface BrowserFacts {
  userAgent: string;
  /** navigator.maxTouchPoints: iPadOS's Safari calls itself "Macintosh" but has a touch screen. */
  maxTouchPoints: number;
  /** Opened from the home screen (display-mode standalone or fullscreen, or navigator.standalone on iPadOS). */
  standalone: boolean;
}

/** Apple devices whose browsers follow WebKit's storage rules. */
export type AppleDevice = 'ipad' | 'iphone' | 'mac';

/** How this browser puts the app on the home screen, if it still has to. */
export type InstallMethod =
  /** Already opened from the home screen. */
  | 'installed'
  /** The browser offered beforeinstallprompt: the app's own button installs. */
  | 'prompt'
  /** iPadOS/iOS, every browser: Share → Add to Home Screen. */
  | 'apple-home-screen'
  /** Safari on a Mac: Share → Add to Dock. */
  | 'apple-dock'
  /** A browser that installs from its own menu (Firefox on Android, Chrome before it offers the prompt). */
  | 'browser-menu'
  /** Firefox on a computer: cannot install web apps. */
  | 'unsupported';

const OTHER_ENGINE = /Chrome\/|Chromium\/|Edg\/|OPR\/|Firefox\//;

/**
 * The Apple device, when the browser is WebKit under Apple's rules: every browser on an iPad or iPhone (all of them
 * are WebKit), and Safari on a Mac. An iPad asking for desktop sites says "Macintosh"; its touch screen gives it away.
 */
export const appleDevice = ({
  userAgent,
  maxTouchPoints,
}: Pick<BrowserFacts, 'userAgent' | 'maxTouchPoints'>): AppleDevice | undefined => {
  if (/\biPad\b/.test(userAgent)) return 'ipad';
  if (/\b(iPhone|iPod)\b/.test(userAgent)) return 'iphone';
  if (!/\bMacintosh\b/.test(userAgent)) return undefined;
  if (maxTouchPoints > 1) return 'ipad';
  return /\bSafari\//.test(userAgent) && !OTHER_ENGINE.test(userAgent) ? 'mac' : undefined;
};

/**
 * Safari's rule: a site not opened for seven days of browser use loses all it stored (IndexedDB, caches, the
 * service worker), unless it is a web app on the home screen (or in the Dock).
 */
export const storageClearedWhenUnused = (facts: BrowserFacts): boolean =>
  !facts.standalone && appleDevice(facts) !== undefined;

export const installMethod = (facts: BrowserFacts, promptOffered: boolean): InstallMethod => {
  if (facts.standalone) return 'installed';
  if (promptOffered) return 'prompt';
  const apple = appleDevice(facts);
  if (apple === 'mac') return 'apple-dock';
  if (apple) return 'apple-home-screen';
  if (/Firefox\//.test(facts.userAgent) && !/Android/.test(facts.userAgent)) return 'unsupported';
  return 'browser-menu';
};

/** Opened from the home screen, in any browser that says so. */
export const isStandalone = (): boolean => {
  if (typeof window === 'undefined') return false;
  const mode = (query: string) => window.matchMedia?.(query).matches === true;
  return (
    mode('(display-mode: standalone)') ||
    mode('(display-mode: fullscreen)') ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
};

export const readBrowserFacts = (): BrowserFacts => ({
  userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
  maxTouchPoints: typeof navigator === 'undefined' ? 0 : (navigator.maxTouchPoints ?? 0),
  standalone: isStandalone(),
});
