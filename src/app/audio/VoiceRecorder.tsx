// His own words said aloud: press to speak, press when done, listen back, keep or try again. Labels in his
// language with the Dutch beneath; what is kept goes into the case as his voice (src/domain/voice.ts).
import { useState } from 'react';
import { MAX_VOICE_BYTES } from '../../domain/voice';
import { Bilingual } from '../ui/Bilingual';
import { PlayBackButton } from './PlayBackButton';
import { stopPlayback } from './playback';
import { useRecorder } from './useRecorder';
import './audio.css';

export interface RecordedVoice {
  bytes: Uint8Array;
  mime: string;
  durationMs: number;
}

interface Props {
  lang: string;
  onKeep(voice: RecordedVoice): Promise<boolean>;
}

export function VoiceRecorder({ lang, onKeep }: Props) {
  const { state, start, stop, reset } = useRecorder({ maxBytes: MAX_VOICE_BYTES });
  const [keeping, setKeeping] = useState(false);
  const label = (key: string) => <Bilingual i18nKey={key} ns="common" lang={lang} />;

  if (state.status === 'recording') {
    return (
      <div className="record-prompt voice-recorder">
        <button type="button" className="record-button is-recording voice-button" onClick={stop}>
          <span className="record-square" aria-hidden="true" />
          {label('voice.done')}
        </button>
      </div>
    );
  }
  if (state.status === 'review') {
    const keep = async () => {
      if (keeping) return;
      setKeeping(true);
      stopPlayback();
      try {
        const bytes = new Uint8Array(await state.blob.arrayBuffer());
        if (await onKeep({ bytes, mime: state.mime, durationMs: state.durationMs })) reset();
      } finally {
        setKeeping(false);
      }
    };
    return (
      <div className="record-prompt voice-recorder" role="group">
        <PlayBackButton
          blob={state.blob}
          listen={label('voice.listen')}
          stop={label('audio.stop')}
        />
        <button
          type="button"
          className="button button-primary"
          onClick={() => void keep()}
          disabled={keeping}
        >
          {label('voice.keep')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => (stopPlayback(), reset())}
        >
          {label('voice.again')}
        </button>
      </div>
    );
  }
  return (
    <div className="record-prompt voice-recorder">
      <button
        type="button"
        className="record-button voice-button"
        onClick={() => void start()}
        disabled={state.status === 'starting'}
      >
        <span className="record-dot" aria-hidden="true" />
        {label('voice.speak')}
      </button>
      {state.status === 'problem' ? (
        <span className="record-status is-problem" role="alert">
          {label(`audio.problem.${state.problem}`)}
        </span>
      ) : null}
    </div>
  );
}
