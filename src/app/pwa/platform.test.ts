// Tests of telling the browsers apart for installing and for Safari's seven-day storage rule.
import { describe, expect, it } from 'vitest';
import {
  appleDevice,
  installMethod,
  storageClearedWhenUnused,
  type BrowserFacts,
} from './platform';

const UA = {
  ipadOld:
    'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  // iPadOS 13+ Safari asks for desktop sites: it says Macintosh, but has a touch screen.
  ipad: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  ipadChrome:
    'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  webkitGtk:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
};
const facts = (userAgent: string, maxTouchPoints = 0, standalone = false): BrowserFacts => ({
  userAgent,
  maxTouchPoints,
  standalone,
});

describe('appleDevice', () => {
  it('knows an iPad by its name, or by a touch screen behind "Macintosh"', () => {
    expect(appleDevice(facts(UA.ipadOld, 5))).toBe('ipad');
    expect(appleDevice(facts(UA.ipad, 5))).toBe('ipad');
    expect(appleDevice(facts(UA.ipadChrome, 5))).toBe('ipad');
    expect(appleDevice(facts(UA.iphone, 5))).toBe('iphone');
  });
  it('counts Safari on a Mac, not Chrome or Firefox there, and no browser elsewhere', () => {
    expect(appleDevice(facts(UA.macSafari))).toBe('mac');
    expect(appleDevice(facts(UA.macChrome))).toBeUndefined();
    expect(appleDevice(facts(UA.macFirefox))).toBeUndefined();
    expect(appleDevice(facts(UA.androidChrome, 10))).toBeUndefined();
    expect(appleDevice(facts(UA.webkitGtk))).toBeUndefined();
  });
});

describe('storageClearedWhenUnused', () => {
  it('applies to Safari and every browser on an iPad, in a tab only', () => {
    expect(storageClearedWhenUnused(facts(UA.ipad, 5))).toBe(true);
    expect(storageClearedWhenUnused(facts(UA.ipadChrome, 5))).toBe(true);
    expect(storageClearedWhenUnused(facts(UA.macSafari))).toBe(true);
    expect(storageClearedWhenUnused(facts(UA.ipad, 5, true))).toBe(false);
  });
  it('does not apply to Chrome or Firefox on Android or a computer', () => {
    expect(storageClearedWhenUnused(facts(UA.androidChrome, 10))).toBe(false);
    expect(storageClearedWhenUnused(facts(UA.androidFirefox, 10))).toBe(false);
    expect(storageClearedWhenUnused(facts(UA.macChrome))).toBe(false);
  });
});

describe('installMethod', () => {
  it('says installed on the home screen, whatever the browser', () => {
    expect(installMethod(facts(UA.ipad, 5, true), false)).toBe('installed');
    expect(installMethod(facts(UA.androidChrome, 10, true), true)).toBe('installed');
  });
  it("uses the browser's offer where there is one", () => {
    expect(installMethod(facts(UA.androidChrome, 10), true)).toBe('prompt');
  });
  it('shows the Share steps on an iPad and a Mac, where no offer comes', () => {
    expect(installMethod(facts(UA.ipad, 5), false)).toBe('apple-home-screen');
    expect(installMethod(facts(UA.ipadChrome, 5), false)).toBe('apple-home-screen');
    expect(installMethod(facts(UA.macSafari), false)).toBe('apple-dock');
  });
  it("points to the browser's menu elsewhere, and says when a browser cannot install", () => {
    expect(installMethod(facts(UA.androidChrome, 10), false)).toBe('browser-menu');
    expect(installMethod(facts(UA.androidFirefox, 10), false)).toBe('browser-menu');
    expect(installMethod(facts(UA.linuxFirefox), false)).toBe('unsupported');
  });
});
