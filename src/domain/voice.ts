// His own voice in the case: a recording of own words or of his goal, kept in the case document itself, so it
// is stored, synced, access-checked, exported on inzage and deleted exactly as his written words are.
//
// Schema: doc.getMap('voiceClips'): clipId → VoiceClip (bytes as a Yjs binary). A clip is written once and
// never changed; answers and the plan point at it by id (`audioRef`, plan slot "goalVoice"). Two tablets
// apart each add their own clip under its own id, so no recording can replace another.
import type * as Y from 'yjs';
import { answerQuestion, type AnswerQuestionInput } from './answers';
import { DomainError } from './errors';
import { LOCAL_ORIGIN } from './schema';
import type { AnswerAuthor } from './types';

export interface VoiceClip {
  bytes: Uint8Array;
  mime: string;
  durationMs: number;
  /** The language he spoke in. */
  language: string;
  at: string;
  author?: AnswerAuthor;
}

export type VoiceClipInfo = Omit<VoiceClip, 'bytes'> & { id: string; size: number };

/**
 * A minute of speech at 32 kbit/s is about 240 kB; the recorder stops at a minute and keeps nothing larger than
 * this (a tablet that ignores the bit rate, e.g. AAC on an iPad, stays within it for a minute).
 */
export const MAX_VOICE_BYTES = 1024 * 1024;
export const VOICE_MIMES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;

export const voiceClipsMap = (doc: Y.Doc) => doc.getMap<VoiceClip>('voiceClips');

const essence = (mime: string) => (mime.split(';')[0] ?? '').trim().toLowerCase();

export const addVoiceClip = (
  doc: Y.Doc,
  input: Omit<VoiceClip, 'at'> & { now: string; id?: string },
): string => {
  if (input.bytes.byteLength === 0) throw new DomainError('voice-invalid', 'An empty recording.');
  if (input.bytes.byteLength > MAX_VOICE_BYTES)
    throw new DomainError('voice-too-long', 'A recording of at most a minute.');
  if (!(VOICE_MIMES as readonly string[]).includes(essence(input.mime)))
    throw new DomainError('voice-invalid', `Not a recording: ${input.mime}.`);
  const id = input.id ?? globalThis.crypto.randomUUID();
  const clip: VoiceClip = {
    bytes: input.bytes,
    mime: input.mime,
    durationMs: Math.max(0, Math.round(input.durationMs)),
    language: input.language,
    at: input.now,
    ...(input.author ? { author: input.author } : {}),
  };
  doc.transact(() => voiceClipsMap(doc).set(id, clip), LOCAL_ORIGIN);
  return id;
};

export const readVoiceClip = (doc: Y.Doc, id: string): VoiceClip | undefined => {
  const clip = voiceClipsMap(doc).get(id);
  return clip && clip.bytes instanceof Uint8Array ? clip : undefined;
};

/** What the consultant's overview needs, without copying the bytes. */
export const voiceClipInfo = (doc: Y.Doc, id: string): VoiceClipInfo | undefined => {
  const clip = readVoiceClip(doc, id);
  if (!clip) return undefined;
  const { bytes, ...rest } = clip;
  return { ...rest, id, size: bytes.byteLength };
};

/**
 * His voice as the answer to a question, in one step: the clip is added and the answer points at it, keeping
 * what was written for the question before (the written and the spoken words belong together).
 */
export const answerWithVoice = (
  doc: Y.Doc,
  input: Omit<AnswerQuestionInput, 'audioRef'> & {
    voice: Pick<VoiceClip, 'bytes' | 'mime' | 'durationMs'>;
  },
): string => {
  const { voice, ...answer } = input;
  let audioRef = '';
  doc.transact(() => {
    audioRef = addVoiceClip(doc, {
      ...voice,
      language: answer.language,
      now: answer.now,
      ...(answer.author ? { author: answer.author } : {}),
    });
    answerQuestion(doc, { ...answer, audioRef });
  }, LOCAL_ORIGIN);
  return audioRef;
};
