// Plays his recorded voice from the case document: in the conversation, the consultant's overview and the plan.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readVoiceClip } from '../../domain/voice';
import { Bilingual } from '../ui/Bilingual';
import { playRecording, stopPlayback, usePlaying } from './playback';

export function VoicePlay({
  doc,
  clipId,
  lang = 'nl',
}: {
  doc: Y.Doc;
  clipId: string;
  lang?: string;
}) {
  const owner = useId();
  const { t } = useTranslation();
  const playing = usePlaying(owner);
  const [failed, setFailed] = useState(false);
  const clip = readVoiceClip(doc, clipId);
  if (!clip) return <span className="hint">{t('voice.missing')}</span>;
  const seconds = Math.max(1, Math.round(clip.durationMs / 1000));
  const play = () => {
    if (playing) return stopPlayback();
    const copy = new Uint8Array(clip.bytes);
    setFailed(false);
    // A recording made on another tablet may be in a format this one cannot play (WebM on an old iPad): say so.
    void playRecording(owner, new Blob([copy.buffer], { type: clip.mime })).catch(() =>
      setFailed(true),
    );
  };
  return (
    <>
      <button
        type="button"
        className="button button-secondary voice-play"
        onClick={play}
        data-testid="voice-play"
      >
        <span aria-hidden="true">{playing ? '■' : '▶'}</span>
        <Bilingual
          i18nKey={playing ? 'audio.stop' : 'voice.play'}
          ns="common"
          lang={lang}
          values={{ seconds }}
        />
      </button>
      {failed ? (
        <span className="record-status is-problem" role="status">
          <Bilingual i18nKey="voice.cannotPlay" ns="common" lang={lang} />
        </span>
      ) : null}
    </>
  );
}
