// Plays his recorded voice from the case document: in the conversation, the consultant's overview and the plan.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readVoiceClip } from '../../domain/voice';
import { Bilingual } from '../ui/Bilingual';
import { playRecording, stopPlayback, usePlaying } from './playback';

export function VoicePlay({ doc, clipId, lang = 'nl' }: { doc: Y.Doc; clipId: string; lang?: string }) {
  const owner = useId();
  const { t } = useTranslation();
  const playing = usePlaying(owner);
  const clip = readVoiceClip(doc, clipId);
  if (!clip) return <span className="hint">{t('voice.missing')}</span>;
  const seconds = Math.max(1, Math.round(clip.durationMs / 1000));
  const play = () => {
    if (playing) return stopPlayback();
    const copy = new Uint8Array(clip.bytes);
    void playRecording(owner, new Blob([copy.buffer], { type: clip.mime })).catch(() => undefined);
  };
  return (
    <button type="button" className="button button-secondary voice-play" onClick={play} data-testid="voice-play">
      <span aria-hidden="true">{playing ? '■' : '▶'}</span>
      <Bilingual i18nKey={playing ? 'audio.stop' : 'voice.play'} ns="common" lang={lang} values={{ seconds }} />
    </button>
  );
}
