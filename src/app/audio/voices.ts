// Which speech-synthesis voices the tablet has, per app language. getVoices() fills in asynchronously
// (voiceschanged; some browsers never fire it), so the list is kept in a small store that React reads.
import { useSyncExternalStore } from 'react';

export interface VoiceInfo {
  name: string;
  lang: string;
  /** On the tablet itself; a voice that is not only works with internet. */
  localService: boolean;
  default: boolean;
}

export interface VoicesSnapshot {
  /** The browser has speech synthesis at all. */
  supported: boolean;
  /** The list is final enough to say "no voice" (loaded, or we stopped waiting). */
  loaded: boolean;
  voices: readonly VoiceInfo[];
}

export type VoiceAvailability =
  | { kind: 'local'; voice: VoiceInfo }
  | { kind: 'online-only'; voice: VoiceInfo }
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'unsupported' };

/**
 * Voice language tags that may read each app language. Dari is Persian as spoken in Afghanistan
 * (fa-AF); Kurmanji voices are often tagged "ku". Other languages match their own code.
 */
const VOICE_TAGS: Record<string, readonly string[]> = {
  prs: ['prs', 'fa-af'],
  kmr: ['kmr', 'ku'],
  ckb: ['ckb'],
};

const normalise = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

export const voiceMatches = (voiceLang: string, appLang: string): boolean => {
  const tag = normalise(voiceLang);
  return (VOICE_TAGS[appLang] ?? [appLang]).some(
    (want) => tag === want || tag.startsWith(`${want}-`),
  );
};

/** The best voice for an app language: one on the tablet before an online one, the default first. */
export const findVoice = (voices: readonly VoiceInfo[], appLang: string): VoiceInfo | undefined =>
  voices
    .filter((v) => voiceMatches(v.lang, appLang))
    .sort(
      (a, b) =>
        Number(b.localService) - Number(a.localService) || Number(b.default) - Number(a.default),
    )[0];

export const availabilityOf = (snapshot: VoicesSnapshot, appLang: string): VoiceAvailability => {
  if (!snapshot.supported) return { kind: 'unsupported' };
  const voice = findVoice(snapshot.voices, appLang);
  if (voice) return voice.localService ? { kind: 'local', voice } : { kind: 'online-only', voice };
  return snapshot.loaded ? { kind: 'none' } : { kind: 'checking' };
};

/** Can the tablet read aloud now? An online-only voice needs the network. */
export const canSpeakWith = (availability: VoiceAvailability, online: boolean): boolean =>
  availability.kind === 'local' ||
  availability.kind === 'checking' ||
  (availability.kind === 'online-only' && online);

/**
 * Of the given languages, those the tablet cannot read aloud without a network (for a "ready for the
 * road" check before a visit). Empty while the voice list is still loading.
 */
export const languagesWithoutVoice = (
  snapshot: VoicesSnapshot,
  codes: readonly string[],
): string[] =>
  codes.filter((code) => {
    const kind = availabilityOf(snapshot, code).kind;
    return kind === 'none' || kind === 'unsupported' || kind === 'online-only';
  });

const synth = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** How long to wait for a voice list that stays empty before saying "no voice". */
const POLL_MS = [250, 1000, 3000];

let snapshot: VoicesSnapshot = { supported: false, loaded: false, voices: [] };
const listeners = new Set<() => void>();
let started = false;
let timers: ReturnType<typeof setTimeout>[] = [];

const read = (final: boolean) => {
  const s = synth();
  if (!s) {
    snapshot = { supported: false, loaded: true, voices: [] };
  } else {
    const voices = s.getVoices().map((v) => ({
      name: v.name,
      lang: v.lang,
      localService: v.localService,
      default: v.default,
    }));
    const same =
      snapshot.supported &&
      voices.length === snapshot.voices.length &&
      voices.every((v, i) => v.name === snapshot.voices[i]?.name);
    const loaded = snapshot.loaded || final || voices.length > 0;
    if (same && loaded === snapshot.loaded) return;
    snapshot = { supported: true, loaded, voices };
  }
  for (const listener of listeners) listener();
};

const onVoicesChanged = () => read(true);

const start = () => {
  if (started) return;
  started = true;
  const s = synth();
  read(!s);
  if (!s) return;
  s.addEventListener?.('voiceschanged', onVoicesChanged);
  timers = POLL_MS.map((ms, i) => setTimeout(() => read(i === POLL_MS.length - 1), ms));
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
};

/** The voices as known now; the first call starts listening. */
export const voicesSnapshot = (): VoicesSnapshot => {
  start();
  return snapshot;
};

/** The tablet's voices, re-rendering when the list arrives or changes. */
export const useVoices = (): VoicesSnapshot =>
  useSyncExternalStore(subscribe, voicesSnapshot, voicesSnapshot);

/** Forgets what was read (tests install another speechSynthesis). */
export const resetVoicesForTests = (): void => {
  synth()?.removeEventListener?.('voiceschanged', onVoicesChanged);
  for (const t of timers) clearTimeout(t);
  timers = [];
  started = false;
  snapshot = { supported: false, loaded: false, voices: [] };
};
