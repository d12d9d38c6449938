// Tests of the recording type: WebM where the browser has it, MP4/AAC where only that is there (Safari), always a
// type the server and the case accept.
import { describe, expect, it } from 'vitest';
import { VOICE_MIMES } from '../../domain/voice';
import { acceptedMime, mimeEssence } from '../../protocol/contentMedia';
import { RECORDING_CANDIDATES, pickRecordingMime } from './recordingMime';

/** What MediaRecorder.isTypeSupported answers in each engine (as of 2025). */
const chrome = (m: string) => m.startsWith('audio/webm');
const firefox = (m: string) => m.startsWith('audio/webm') || m.startsWith('audio/ogg');
const safari17 = (m: string) => m === 'audio/mp4' || m === 'audio/mp4;codecs=mp4a.40.2';
const safari18_4 = (m: string) => safari17(m) || m.startsWith('audio/webm');

describe('pickRecordingMime', () => {
  it('records Opus in WebM in Chrome, Firefox and the newest Safari', () => {
    expect(pickRecordingMime(chrome)).toBe('audio/webm;codecs=opus');
    expect(pickRecordingMime(firefox)).toBe('audio/webm;codecs=opus');
    expect(pickRecordingMime(safari18_4)).toBe('audio/webm;codecs=opus');
  });

  it('records AAC in MP4 where WebM is missing (Safari on iPadOS up to 18.3)', () => {
    expect(pickRecordingMime(safari17)).toBe('audio/mp4;codecs=mp4a.40.2');
    expect(pickRecordingMime((m) => m === 'audio/mp4')).toBe('audio/mp4');
  });

  it('takes Ogg before MP4, skips a browser that throws, and gives up when nothing records', () => {
    expect(pickRecordingMime((m) => m.startsWith('audio/ogg') || m.startsWith('audio/mp4'))).toBe(
      'audio/ogg;codecs=opus',
    );
    expect(
      pickRecordingMime((m) => {
        if (m.startsWith('audio/webm')) throw new Error('NotSupportedError');
        return true;
      }),
    ).toBe('audio/ogg;codecs=opus');
    expect(pickRecordingMime(() => false)).toBeUndefined();
  });

  it('only records types the server keeps as prompts and the case keeps as his words', () => {
    for (const mime of RECORDING_CANDIDATES) {
      expect(acceptedMime('prompt', mime)).toBe(true);
      expect((VOICE_MIMES as readonly string[]).includes(mimeEssence(mime))).toBe(true);
    }
  });
});
