// Reads a text aloud with the tablet's speech synthesis, in the given language.
import { useTranslation } from 'react-i18next';
import { Pictogram } from './Pictogram';

const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

export function SpeakButton({ text, lang }: { text: string; lang: string }) {
  const { t } = useTranslation();
  if (!canSpeak()) return null;
  const speak = () => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="speak-button" onClick={speak} aria-label={t('audio.listen')}>
      <Pictogram name="speaker" size={40} />
    </button>
  );
}
