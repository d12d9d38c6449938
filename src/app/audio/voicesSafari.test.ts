// Safari on an iPad fills speechSynthesis.getVoices() late: empty at first, then "voiceschanged" (Safari 16+), or
// without the event (older WebKit). Its voices are tagged like "ar-001" and "nl-NL", all on the tablet. The voice
// list must come out as on other tablets.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findVoice,
  languagesWithoutVoice,
  resetVoicesForTests,
  voicesSnapshot,
  type VoiceInfo,
} from './voices';

/** A few voices as iPadOS 17 lists them (name, BCP 47 tag, all local). */
const IPAD_VOICES: VoiceInfo[] = [
  { name: 'Maged', lang: 'ar-001', localService: true, default: false },
  { name: 'Xander', lang: 'nl-NL', localService: true, default: true },
  { name: 'Ellen', lang: 'nl-BE', localService: true, default: false },
  { name: 'Yelda', lang: 'tr-TR', localService: true, default: false },
  { name: 'Thomas', lang: 'fr-FR', localService: true, default: false },
  { name: 'Milena', lang: 'ru-RU', localService: true, default: false },
  { name: 'Daniel', lang: 'en-GB', localService: true, default: false },
];

/** WebKit's speechSynthesis: an EventTarget whose list arrives when `fill()` is called. */
const installSafariSynth = ({ fireEvent }: { fireEvent: boolean }) => {
  const target = new EventTarget();
  let voices: VoiceInfo[] = [];
  const synth = {
    getVoices: () => voices,
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
  Object.defineProperty(window, 'speechSynthesis', {
    value: synth,
    configurable: true,
    writable: true,
  });
  return {
    fill: () => {
      voices = IPAD_VOICES;
      if (fireEvent) target.dispatchEvent(new Event('voiceschanged'));
    },
  };
};

beforeEach(() => {
  vi.useFakeTimers();
  resetVoicesForTests();
});
afterEach(() => {
  resetVoicesForTests();
  vi.useRealTimers();
});

describe('voices in Safari (iPadOS)', () => {
  it('waits while the list is empty, then lists the voices when voiceschanged comes', () => {
    const safari = installSafariSynth({ fireEvent: true });
    expect(voicesSnapshot()).toMatchObject({ supported: true, loaded: false, voices: [] });
    vi.advanceTimersByTime(500);
    expect(voicesSnapshot().loaded).toBe(false);
    safari.fill();
    const snapshot = voicesSnapshot();
    expect(snapshot.loaded).toBe(true);
    expect(snapshot.voices.map((v) => v.name)).toEqual(IPAD_VOICES.map((v) => v.name));
    expect(findVoice(snapshot.voices, 'ar')?.name).toBe('Maged');
    expect(findVoice(snapshot.voices, 'nl')?.name).toBe('Xander');
    expect(languagesWithoutVoice(snapshot, ['ar', 'ti', 'so', 'tr', 'prs'])).toEqual([
      'ti',
      'so',
      'prs',
    ]);
  });

  it('finds a list that fills without the event by looking again', () => {
    const safari = installSafariSynth({ fireEvent: false });
    voicesSnapshot();
    vi.advanceTimersByTime(600);
    safari.fill();
    expect(voicesSnapshot().voices).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(voicesSnapshot()).toMatchObject({ loaded: true });
    expect(voicesSnapshot().voices).toHaveLength(IPAD_VOICES.length);
  });

  it('says "no voice" only after the last look, when Safari has none at all', () => {
    installSafariSynth({ fireEvent: false });
    voicesSnapshot();
    vi.advanceTimersByTime(1500);
    expect(voicesSnapshot().loaded).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(voicesSnapshot()).toMatchObject({ loaded: true, voices: [] });
    expect(languagesWithoutVoice(voicesSnapshot(), ['ar'])).toEqual(['ar']);
  });
});
