// Own words by voice: someone who cannot write presses "say it", speaks, keeps it — the answer is his voice,
// playable at once, and "next" goes on without a written word; writing afterwards keeps the voice.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from '../../domain/answers';
import { readCase } from '../../domain/caseDoc';
import { createCase, startConversation } from '../../domain/commands';
import { answerWithVoice, readVoiceClip } from '../../domain/voice';
import { stopPlayback } from '../audio/playback';
import { initI18n } from '../i18n/i18n';
import { LiveDoc } from '../testing/LiveDoc';
import { OwnWords } from './OwnWords';

class FakeRecorder {
  static isTypeSupported = (mime: string) => mime.startsWith('audio/webm');
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  state = 'inactive';
  constructor(
    _stream: unknown,
    readonly options: { mimeType: string },
  ) {}
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({
      data: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 9, 9])], {
        type: this.options.mimeType,
      }),
    });
    this.onstop?.();
  }
}

const play = vi.fn();
const QUESTION = 'future.other-work';
const act0 = {
  conversationId: 'a',
  questionId: QUESTION,
  language: 'ti',
  answeredBy: 'inburgeraar' as const,
};

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia: async () => ({ getTracks: () => [{ stop() {} }] }) },
    configurable: true,
  });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(async () => void play());
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:voice');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  stopPlayback();
  vi.unstubAllGlobals();
  play.mockReset();
});

const Harness = ({ doc, onNext }: { doc: Y.Doc; onNext(): void }) => (
  <LiveDoc doc={doc}>
    {(run) => {
      const current = readCase(doc).conversations[0]!.answers[QUESTION];
      const now = () => new Date().toISOString();
      return (
        <OwnWords
          lang="ti"
          current={current}
          doc={doc}
          onNext={onNext}
          onAnswer={(value) =>
            run(
              (d) =>
                void answerQuestion(d, {
                  ...act0,
                  value,
                  ...(current?.audioRef ? { audioRef: current.audioRef } : {}),
                  now: now(),
                }),
            )
          }
          onVoice={(voice) =>
            run(
              (d) =>
                void answerWithVoice(d, {
                  ...act0,
                  voice,
                  ...(current?.value ? { value: current.value } : {}),
                  now: now(),
                }),
            )
          }
        />
      );
    }}
  </LiveDoc>
);

describe('own words by voice', () => {
  it('keeps his voice as the answer, plays it, goes on without writing, and keeps it when he writes after', async () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c', name: 'Yonas', language: 'ti', now: '2026-11-01T10:00:00.000Z' });
    startConversation(doc, {
      id: 'a',
      type: 'intake-a',
      language: 'ti',
      now: '2026-11-01T10:00:00.000Z',
    });
    const onNext = vi.fn();
    render(<Harness doc={doc} onNext={onNext} />);
    const next = () => screen.getByRole('button', { name: /Verder/ });
    expect(next()).toHaveProperty('disabled', true);

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /Zeg het met uw stem/ })),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Klaar/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Bewaren/ })));
    await waitFor(() =>
      expect(readCase(doc).conversations[0]!.answers[QUESTION]?.audioRef).toBeTruthy(),
    );
    const audioRef = readCase(doc).conversations[0]!.answers[QUESTION]!.audioRef!;
    expect(readVoiceClip(doc, audioRef)).toMatchObject({
      mime: expect.stringMatching(/^audio\/webm/),
      language: 'ti',
    });
    expect(Array.from(readVoiceClip(doc, audioRef)!.bytes)).toEqual([0x1a, 0x45, 0xdf, 0xa3, 9, 9]);

    await act(async () => fireEvent.click(screen.getByTestId('voice-play')));
    expect(play).toHaveBeenCalledTimes(1);
    expect(next()).toHaveProperty('disabled', false);
    fireEvent.click(next());
    expect(onNext).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'ኣብ ሆቴል' } });
    await act(async () => fireEvent.click(next()));
    expect(readCase(doc).conversations[0]!.answers[QUESTION]).toMatchObject({
      value: { kind: 'text', text: 'ኣብ ሆቴል' },
      audioRef,
    });
  });
});
