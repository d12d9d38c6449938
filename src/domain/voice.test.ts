// His voice as an answer: kept in the case with the answer pointing at it, refused when empty or too long,
// and two recordings made apart both stay.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from './answers';
import { readCase } from './caseDoc';
import { createCase, startConversation } from './commands';
import { addVoiceClip, MAX_VOICE_BYTES, readVoiceClip, voiceClipInfo } from './voice';

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

const caseWithConversation = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c', name: 'Yonas', language: 'ti', now: '2026-11-01T10:00:00.000Z' });
  startConversation(doc, {
    id: 'a',
    type: 'intake-a',
    language: 'ti',
    now: '2026-11-01T10:00:00.000Z',
  });
  return doc;
};

describe('his voice in the case', () => {
  it('answers an own-words question by voice alone', () => {
    const doc = caseWithConversation();
    const clip = addVoiceClip(doc, {
      bytes: bytes(3000),
      mime: 'audio/webm;codecs=opus',
      durationMs: 4200,
      language: 'ti',
      now: '2026-11-01T10:05:00.000Z',
    });
    answerQuestion(doc, {
      conversationId: 'a',
      questionId: 'future.other-work',
      audioRef: clip,
      language: 'ti',
      answeredBy: 'inburgeraar',
      now: '2026-11-01T10:05:00.000Z',
    });
    const answer = readCase(doc).conversations[0]!.answers['future.other-work']!;
    expect(answer.audioRef).toBe(clip);
    expect(readVoiceClip(doc, clip)!.bytes).toEqual(bytes(3000));
    expect(voiceClipInfo(doc, clip)).toMatchObject({
      id: clip,
      size: 3000,
      durationMs: 4200,
      language: 'ti',
      mime: 'audio/webm;codecs=opus',
    });
  });

  it('refuses an empty recording, one longer than a minute allows, and what is not audio', () => {
    const doc = caseWithConversation();
    const now = '2026-11-01T10:05:00.000Z';
    expect(() =>
      addVoiceClip(doc, {
        bytes: bytes(0),
        mime: 'audio/webm',
        durationMs: 0,
        language: 'ti',
        now,
      }),
    ).toThrowError(expect.objectContaining({ code: 'voice-invalid' }));
    expect(() =>
      addVoiceClip(doc, {
        bytes: bytes(MAX_VOICE_BYTES + 1),
        mime: 'audio/webm',
        durationMs: 90_000,
        language: 'ti',
        now,
      }),
    ).toThrowError(expect.objectContaining({ code: 'voice-too-long' }));
    expect(() =>
      addVoiceClip(doc, {
        bytes: bytes(10),
        mime: 'image/png',
        durationMs: 1,
        language: 'ti',
        now,
      }),
    ).toThrowError(expect.objectContaining({ code: 'voice-invalid' }));
    expect(doc.getMap('voiceClips').size).toBe(0);
  });

  it('two tablets that record the same question apart keep both recordings, shown as a conflict', () => {
    const a = caseWithConversation();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const onA = addVoiceClip(a, {
      bytes: bytes(100, 1),
      mime: 'audio/webm',
      durationMs: 1000,
      language: 'ti',
      now: '2026-11-01T10:05:00.000Z',
    });
    answerQuestion(a, {
      conversationId: 'a',
      questionId: 'future.other-work',
      audioRef: onA,
      language: 'ti',
      answeredBy: 'inburgeraar',
      now: '2026-11-01T10:05:00.000Z',
    });
    const onB = addVoiceClip(b, {
      bytes: bytes(100, 2),
      mime: 'audio/webm',
      durationMs: 1000,
      language: 'ti',
      now: '2026-11-01T10:06:00.000Z',
    });
    answerQuestion(b, {
      conversationId: 'a',
      questionId: 'future.other-work',
      audioRef: onB,
      language: 'ti',
      answeredBy: 'via-tolk',
      now: '2026-11-01T10:06:00.000Z',
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const conversation = readCase(a).conversations[0]!;
    expect(conversation.answers['future.other-work']!.audioRef).toBe(onB);
    expect(conversation.conflicts['future.other-work']!.map((x) => x.audioRef).sort()).toEqual(
      [onA, onB].sort(),
    );
    expect(readVoiceClip(a, onA)!.bytes[0]).toBe(1);
    expect(readVoiceClip(a, onB)!.bytes[0]).toBe(2);
  });
});
