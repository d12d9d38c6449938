// Tests of recording a prompt: only in recording mode and never in handover; record, stop, listen, keep or discard.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { useLockStore } from '../lock/lockStore';
import { contentMedia } from './mediaServices';
import { stopPlayback } from './playback';
import { RecordPrompt } from './RecordPrompt';
import { useRecordingModeStore } from './recordingMode';
import { pickRecordingMime, problemOfMicError } from './useRecorder';

const stopTrack = vi.fn();

class FakeRecorder {
  static isTypeSupported = (mime: string) => mime.startsWith('audio/webm');
  static last: FakeRecorder | null = null;
  state: 'inactive' | 'recording' = 'inactive';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly mimeType: string;
  constructor(_stream: unknown, options: { mimeType: string }) {
    this.mimeType = options.mimeType;
    FakeRecorder.last = this;
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({
      data: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3])], { type: this.mimeType }),
    });
    this.onstop?.();
  }
}

const getUserMedia = vi.fn();

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  getUserMedia.mockResolvedValue({ getTracks: () => [{ stop: stopTrack }] });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:take');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  useRecordingModeStore.setState({ on: true, loaded: true });
  useLockStore.setState({ handover: null });
});
afterEach(async () => {
  cleanup();
  stopPlayback();
  vi.unstubAllGlobals();
  getUserMedia.mockReset();
  stopTrack.mockReset();
  for (const info of await contentMedia.list()) await contentMedia.remove(info.id);
});

describe('RecordPrompt', () => {
  it('records, stops, lets the tolk listen back, and keeps the recording on the tablet for upload', async () => {
    render(<RecordPrompt promptKey="content:tile.yes" lang="ti" />);
    fireEvent.click(screen.getByRole('button', { name: 'Opnemen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Stop opname' }));
    expect(stopTrack).toHaveBeenCalled();
    expect(FakeRecorder.last?.mimeType).toBe('audio/webm;codecs=opus');

    fireEvent.click(await screen.findByRole('button', { name: 'Terugluisteren' }));
    expect(HTMLMediaElement.prototype.play).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));

    await screen.findByText('Opname bewaard op de tablet.');
    const found = await contentMedia.find('prompt', 'content:tile.yes', 'ti');
    expect(found?.info).toMatchObject({ mime: 'audio/webm', uploadState: 'pending' });
    expect(await screen.findByText('Wacht op verzenden (staat op de tablet)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw opnemen' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Opname weghalen' }));
    await waitFor(async () =>
      expect(await contentMedia.find('prompt', 'content:tile.yes', 'ti')).toBeUndefined(),
    );
  });

  it('keeps nothing when the take is discarded', async () => {
    render(<RecordPrompt promptKey="content:tile.no" lang="ar" />);
    fireEvent.click(screen.getByRole('button', { name: 'Opnemen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Stop opname' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Weggooien' }));
    await screen.findByRole('button', { name: 'Opnemen' });
    expect(await contentMedia.list()).toEqual([]);
  });

  it('says in plain words when the microphone may not be used', async () => {
    getUserMedia.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<RecordPrompt promptKey="content:tile.no" lang="ar" />);
    fireEvent.click(screen.getByRole('button', { name: 'Opnemen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('microfoon niet gebruiken');
  });

  it('is not there outside recording mode, nor while the tablet is handed over', () => {
    useRecordingModeStore.setState({ on: false, loaded: true });
    const { container, rerender } = render(<RecordPrompt promptKey="content:tile.no" lang="ar" />);
    expect(container.innerHTML).toBe('');
    useRecordingModeStore.setState({ on: true });
    useLockStore.setState({
      handover: { caseId: 'c', conversationId: 'v', since: '2025-01-01T00:00:00.000Z' },
    });
    rerender(<RecordPrompt promptKey="content:tile.no" lang="ar" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('recorder helpers', () => {
  it('picks the first type the browser records that the server accepts', () => {
    expect(pickRecordingMime((m) => m === 'audio/mp4')).toBe('audio/mp4');
    expect(pickRecordingMime(() => true)).toBe('audio/webm;codecs=opus');
    expect(pickRecordingMime(() => false)).toBeUndefined();
  });

  it('maps microphone errors to plain problems', () => {
    expect(problemOfMicError(new DOMException('x', 'NotAllowedError'))).toBe('mic-denied');
    expect(problemOfMicError(new DOMException('x', 'NotFoundError'))).toBe('no-mic');
    expect(problemOfMicError(new Error('x'))).toBe('failed');
  });
});
