// One voice at a time: a recorded prompt (from the tablet's storage, as an object URL) or speech
// synthesis. Starting one stops the other; components see which button is playing.
import { useSyncExternalStore } from 'react';
import type { VoiceInfo } from './voices';

let playing: string | null = null;
let audio: HTMLAudioElement | null = null;
let url: string | null = null;
const listeners = new Set<() => void>();

const set = (owner: string | null) => {
  if (playing === owner) return;
  playing = owner;
  for (const listener of listeners) listener();
};

const releaseAudio = () => {
  if (audio) {
    audio.onended = null;
    audio.onerror = null;
    audio.pause();
  }
  audio = null;
  if (url) URL.revokeObjectURL(url);
  url = null;
};

/** Stops whatever plays. */
export const stopPlayback = (): void => {
  releaseAudio();
  if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
  set(null);
};

/** Plays a recording; resolves when it started (rejects when the tablet cannot play it). `owner` names the button. */
export const playRecording = async (owner: string, blob: Blob): Promise<void> => {
  stopPlayback();
  url = URL.createObjectURL(blob);
  const element = new Audio(url);
  audio = element;
  const done = () => {
    if (audio !== element) return;
    releaseAudio();
    set(null);
  };
  element.onended = done;
  element.onerror = done;
  set(owner);
  try {
    await element.play();
  } catch (error) {
    done();
    throw error;
  }
};

/** Reads a text aloud with a voice of the tablet (or the browser's choice for the language). */
export const speakText = (owner: string, text: string, lang: string, voice?: VoiceInfo): void => {
  stopPlayback();
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice?.lang ?? lang;
  const match =
    voice && synth.getVoices().find((v) => v.name === voice.name && v.lang === voice.lang);
  try {
    if (match) utterance.voice = match;
  } catch {
    // Not a real voice object (a stubbed engine): the language tag above still picks one.
  }
  // A little slower than normal: the listener may be learning to listen in a second language.
  utterance.rate = 0.9;
  const done = () => {
    if (playing === owner) set(null);
  };
  utterance.onend = done;
  utterance.onerror = done;
  set(owner);
  synth.speak(utterance);
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while the given owner's sound plays. */
export const usePlaying = (owner: string): boolean =>
  useSyncExternalStore(
    subscribe,
    () => playing === owner,
    () => false,
  );
