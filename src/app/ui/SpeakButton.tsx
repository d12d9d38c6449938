// Reads a text aloud in the given language: a prompt recorded by a tolk or sleutelpersoon when the tablet
// has one, else the tablet's speech synthesis when it has a voice for the language, else a disabled
// button that says no voice is available. Pressing again while it plays stops it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordedPrompt } from '../audio/contentIndex';
import { contentMedia } from '../audio/mediaServices';
import { playRecording, speakText, stopPlayback, usePlaying } from '../audio/playback';
import { availabilityOf, canSpeakWith, useVoices, type VoiceAvailability } from '../audio/voices';
import { useAppStore } from '../state/store';
import { Pictogram } from './Pictogram';
import '../audio/audio.css';

export type SpeakSource = 'recording' | 'speech' | 'none';

/** A recorded prompt always comes first; speech synthesis only with a usable voice. */
export const chooseSpeakSource = (
  hasRecording: boolean,
  voice: VoiceAvailability,
  online: boolean,
): SpeakSource => (hasRecording ? 'recording' : canSpeakWith(voice, online) ? 'speech' : 'none');

interface Props {
  text: string;
  lang: string;
  /** Names the recorded prompt for this text (src/app/audio/promptKeys.ts), e.g. contentPromptKey(textKey). */
  promptKey?: string;
  size?: 'normal' | 'small';
  className?: string;
  /** Small speakers on tiles stay out of sight when nothing can be read aloud; the question's speaker says why. */
  hideWhenUnavailable?: boolean;
}

export function SpeakButton({
  text,
  lang,
  promptKey,
  size = 'normal',
  className,
  hideWhenUnavailable = false,
}: Props) {
  const { t } = useTranslation();
  const owner = useId();
  const recording = useRecordedPrompt(promptKey, lang);
  const voices = useVoices();
  const online = useAppStore((s) => s.online);
  const voice = availabilityOf(voices, lang);
  const source = chooseSpeakSource(recording !== undefined, voice, online);
  const playing = usePlaying(owner);
  const speechVoice =
    voice.kind === 'local' || voice.kind === 'online-only' ? voice.voice : undefined;

  const speak = () => speakText(owner, text, lang, speechVoice);
  const press = async () => {
    if (playing) return stopPlayback();
    if (source === 'speech') return speak();
    if (source !== 'recording' || !recording) return;
    const blob = await contentMedia.blob(recording.id).catch(() => undefined);
    try {
      if (!blob) throw new Error('recording gone');
      await playRecording(owner, blob);
    } catch {
      // The recording cannot be played here (codec, storage): read the text instead if the tablet can.
      if (canSpeakWith(voice, online)) speak();
    }
  };

  if (source === 'none' && hideWhenUnavailable) return null;
  const iconSize = size === 'small' ? 28 : 40;
  const label =
    source === 'none' ? t('audio.noVoice') : playing ? t('audio.stop') : t('audio.listen');
  return (
    <button
      type="button"
      className={[
        'speak-button',
        size === 'small' ? 'speak-button-small' : '',
        playing ? 'is-playing' : '',
        className ?? '',
      ]
        .filter(Boolean)
        .join(' ')}
      onClick={() => void press()}
      aria-label={label}
      title={source === 'recording' ? t('audio.recorded') : label}
      disabled={source === 'none'}
      data-source={source}
    >
      <Pictogram name="speaker" size={iconSize} />
      {source === 'recording' ? <span className="speak-recorded-mark" aria-hidden="true" /> : null}
      {source === 'none' ? <span className="speak-none-mark" aria-hidden="true" /> : null}
    </button>
  );
}
