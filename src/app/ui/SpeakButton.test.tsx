// Tests of the speaker button's choice: a recorded prompt first, then the tablet's voice, else "no voice".
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentMedia } from '../audio/mediaServices';
import { stopPlayback } from '../audio/playback';
import { resetVoicesForTests, type VoiceInfo } from '../audio/voices';
import { initI18n } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { chooseSpeakSource, SpeakButton } from './SpeakButton';

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

const installSpeech = (voices: VoiceInfo[]) => {
  const synth = {
    getVoices: () => voices,
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  Object.defineProperty(window, 'speechSynthesis', {
    value: synth,
    configurable: true,
    writable: true,
  });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
};

const voice = (lang: string, localService = true): VoiceInfo => ({
  name: `Voice ${lang}`,
  lang,
  localService,
  default: false,
});

let play: ReturnType<typeof vi.fn>;

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  resetVoicesForTests();
  useAppStore.setState({ online: true });
  play = vi.fn().mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(play as () => Promise<void>);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:recorded');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});
afterEach(async () => {
  cleanup();
  stopPlayback();
  vi.unstubAllGlobals();
  for (const info of await contentMedia.list()) await contentMedia.remove(info.id);
});

describe('chooseSpeakSource', () => {
  it('puts a recording before speech, and speech only with a usable voice', () => {
    const local = { kind: 'local', voice: voice('ti') } as const;
    const online = { kind: 'online-only', voice: voice('ti', false) } as const;
    expect(chooseSpeakSource(true, { kind: 'none' }, false)).toBe('recording');
    expect(chooseSpeakSource(true, local, true)).toBe('recording');
    expect(chooseSpeakSource(false, local, false)).toBe('speech');
    expect(chooseSpeakSource(false, online, true)).toBe('speech');
    expect(chooseSpeakSource(false, online, false)).toBe('none');
    expect(chooseSpeakSource(false, { kind: 'none' }, true)).toBe('none');
    expect(chooseSpeakSource(false, { kind: 'unsupported' }, true)).toBe('none');
  });
});

describe('SpeakButton', () => {
  it('plays a recorded prompt before speech synthesis', async () => {
    const synth = installSpeech([voice('ti-ER')]);
    await contentMedia.save({
      kind: 'prompt',
      key: 'content:tile.yes',
      language: 'ti',
      blob: new Blob(['opus'], { type: 'audio/webm' }),
    });
    render(<SpeakButton text="እወ" lang="ti" promptKey="content:tile.yes" />);
    const button = await screen.findByRole('button', { name: 'Voorlezen' });
    await waitFor(() => expect(button.getAttribute('data-source')).toBe('recording'));
    fireEvent.click(button);
    await waitFor(() => expect(play).toHaveBeenCalledTimes(1));
    expect(synth.speak).not.toHaveBeenCalled();
    // While it plays, the same button stops it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stoppen' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Voorlezen' })).toBeTruthy());
  });

  it('only plays the recording of its own language', async () => {
    installSpeech([voice('ar-SA')]);
    await contentMedia.save({
      kind: 'prompt',
      key: 'content:tile.yes',
      language: 'ti',
      blob: new Blob(['opus'], { type: 'audio/webm' }),
    });
    render(
      <>
        <SpeakButton text="نعم" lang="ar" promptKey="content:tile.yes" />
        <SpeakButton text="እወ" lang="ti" promptKey="content:tile.yes" />
      </>,
    );
    const [arabic, tigrinya] = screen.getAllByRole('button', { name: 'Voorlezen' });
    // Once the Tigrinya button found its recording, the tablet's recordings have been read.
    await waitFor(() => expect(tigrinya?.getAttribute('data-source')).toBe('recording'));
    expect(arabic?.getAttribute('data-source')).toBe('speech');
  });

  it('reads aloud with the tablet voice of the language when nothing is recorded', async () => {
    const synth = installSpeech([voice('en-GB'), voice('ti-ER')]);
    render(<SpeakButton text="ሰላም" lang="ti" promptKey="content:tile.no" />);
    const button = screen.getByRole('button', { name: 'Voorlezen' });
    expect(button.getAttribute('data-source')).toBe('speech');
    fireEvent.click(button);
    await waitFor(() => expect(synth.speak).toHaveBeenCalledTimes(1));
    const utterance = synth.speak.mock.calls[0]![0] as FakeUtterance;
    expect(utterance.text).toBe('ሰላም');
    expect(utterance.lang).toBe('ti-ER');
    expect(play).not.toHaveBeenCalled();
  });

  it('says there is no voice, and cannot be pressed, when the tablet has none for the language', async () => {
    installSpeech([voice('nl-NL'), voice('en-US')]);
    render(<SpeakButton text="ሰላም" lang="ti" />);
    const button = screen.getByRole('button', {
      name: 'Voorlezen kan niet: geen stem voor deze taal op deze tablet',
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('data-source')).toBe('none');
  });

  it('does not offer a voice that needs internet while the tablet is offline', async () => {
    installSpeech([voice('so-SO', false)]);
    useAppStore.setState({ online: false });
    render(<SpeakButton text="Haa" lang="so" />);
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    act(() => useAppStore.setState({ online: true }));
    expect(screen.getByRole('button', { name: 'Voorlezen' }).getAttribute('data-source')).toBe(
      'speech',
    );
  });

  it('reads the text aloud when a recording cannot be played on this tablet', async () => {
    const synth = installSpeech([voice('fa-IR')]);
    play.mockRejectedValue(new DOMException('no codec', 'NotSupportedError'));
    await contentMedia.save({
      kind: 'prompt',
      key: 'content:tile.yes',
      language: 'fa',
      blob: new Blob(['aac'], { type: 'audio/mp4' }),
    });
    render(<SpeakButton text="بله" lang="fa" promptKey="content:tile.yes" />);
    await waitFor(() =>
      expect(screen.getByRole('button').getAttribute('data-source')).toBe('recording'),
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(synth.speak).toHaveBeenCalledTimes(1));
  });

  it('is disabled with the same label in a browser without speech synthesis and no recording', () => {
    Object.defineProperty(window, 'speechSynthesis', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    render(<SpeakButton text="Hallo" lang="nl" />);
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
  });
});
