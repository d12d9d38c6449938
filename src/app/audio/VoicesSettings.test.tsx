// Tests of "Voices on this tablet": which languages lack a voice, recorded sentences per language, the check before a visit.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { contentMedia } from './mediaServices';
import { CATALOG_PROMPT_KEYS, contentPromptKey } from './promptKeys';
import { useRecordingModeStore } from './recordingMode';
import { resetVoicesForTests, type VoiceInfo } from './voices';
import { VoiceCheck, VoicesSettings } from './VoicesSettings';

const installVoices = (voices: VoiceInfo[]) => {
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
};
const v = (lang: string, localService = true): VoiceInfo => ({
  name: `Stem ${lang}`,
  lang,
  localService,
  default: false,
});
// Every app language has a voice except Tigrinya and Somali; Pashto only online.
const ALL_BUT_TI_SO = [
  'ar-SA',
  'fa-AF',
  'ku-TR',
  'ckb-IQ',
  'tr-TR',
  'am-ET',
  'fa-IR',
  'fr-FR',
  'en-GB',
  'ru-RU',
  'nl-NL',
].map((l) => v(l));

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  resetVoicesForTests();
  useAppStore.setState({ online: true });
});
afterEach(async () => {
  cleanup();
  for (const info of await contentMedia.list()) await contentMedia.remove(info.id);
});

describe('VoicesSettings', () => {
  it('names the languages without a voice on this tablet, and those that need internet', async () => {
    installVoices([...ALL_BUT_TI_SO, v('ps-AF', false)]);
    render(<VoicesSettings />);
    expect(screen.getByTestId('voices-missing').textContent).toBe(
      'Geen stem op deze tablet voor: Tigrinya, Somalisch. Neem zinnen op of voeg een stem toe.',
    );
    expect(screen.getByText(/Alleen met internet: Pasjtoe/)).toBeTruthy();
    const ti = document.querySelector('tr[data-lang="ti"]')!;
    expect(ti.textContent).toContain('geen');
    expect(document.querySelector('tr[data-lang="ar"]')!.textContent).toContain('ja (Stem ar-SA)');
  });

  it('counts the recorded sentences of the catalog per language', async () => {
    installVoices(ALL_BUT_TI_SO);
    await contentMedia.save({
      kind: 'prompt',
      key: contentPromptKey('tile.yes'),
      language: 'ti',
      blob: new Blob(['a']),
    });
    await contentMedia.save({
      kind: 'prompt',
      key: contentPromptKey('tile.no'),
      language: 'ti',
      blob: new Blob(['b']),
    });
    render(<VoicesSettings />);
    await waitFor(() =>
      expect(document.querySelector('tr[data-lang="ti"]')!.textContent).toContain(
        `2 van ${CATALOG_PROMPT_KEYS.length}`,
      ),
    );
    expect(document.querySelector('tr[data-lang="ar"]')!.textContent).toContain(
      `0 van ${CATALOG_PROMPT_KEYS.length}`,
    );
    expect(screen.getByTestId('media-waiting').textContent).toContain('Wachten op verzenden: 2');
  });

  it('switches recording mode on and remembers it', async () => {
    installVoices(ALL_BUT_TI_SO);
    useRecordingModeStore.setState({ on: false, loaded: true });
    render(<VoicesSettings />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Opnamestand' }));
    await waitFor(() => expect(useRecordingModeStore.getState().on).toBe(true));
    useRecordingModeStore.setState({ on: false, loaded: false });
    await useRecordingModeStore.getState().load();
    expect(useRecordingModeStore.getState().on).toBe(true);
  });
});

describe('VoiceCheck', () => {
  it('tells the consultant before the visit whether the tablet can read the language aloud', async () => {
    installVoices(ALL_BUT_TI_SO);
    const { rerender } = render(<VoiceCheck lang="ti" />);
    // The index of recorded prompts catches up with the removals of the earlier test.
    await waitFor(() =>
      expect(screen.getByTestId('voice-check').textContent).toBe(
        `Voorlezen in het Tigrinya: geen stem op deze tablet. Opgenomen zinnen: 0 van ${CATALOG_PROMPT_KEYS.length}.`,
      ),
    );
    rerender(<VoiceCheck lang="ar" />);
    expect(screen.getByTestId('voice-check').textContent).toContain(
      'Voorlezen in het Arabisch: de tablet heeft een stem.',
    );
  });
});
