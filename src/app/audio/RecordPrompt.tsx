// Recording mode: beside a speaker button, a tolk or sleutelpersoon records the sentence in the conversation's
// language — press to record, press to stop, listen back, keep or discard. A kept recording is on the tablet at
// once, plays before speech synthesis, and goes to the other tablets of the municipality when online.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentMediaInfo } from '../../storage/media';
import { reportProblem } from '../hooks/problems';
import { useLockStore } from '../lock/lockStore';
import { useRecordedPrompt } from './contentIndex';
import { contentMedia } from './mediaServices';
import { PlayBackButton } from './PlayBackButton';
import { stopPlayback } from './playback';
import { useRecordingMode } from './recordingMode';
import { useRecorder } from './useRecorder';
import './audio.css';
import { useMayRemoveContentMedia } from '../hooks/useMayRemoveContentMedia';

interface Props {
  /** The prompt to record (src/app/audio/promptKeys.ts). */
  promptKey: string;
  /** The language the sentence is spoken in. */
  lang: string;
}

/** Shown only in recording mode, and never while the tablet is handed over to the inburgeraar. */
export function RecordPrompt(props: Props) {
  const on = useRecordingMode();
  const handover = useLockStore((s) => s.handover);
  if (!on || handover) return null;
  return <RecordPromptControl {...props} />;
}

function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return (
    <span aria-hidden="true">
      {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')}
    </span>
  );
}

/** Where a kept recording is: waiting to be sent, on the server, or refused (and still on the tablet). */
export function UploadState({ info }: { info: ContentMediaInfo }) {
  const { t } = useTranslation();
  if (info.uploadState === 'uploaded')
    return <span className="record-status">{t('audio.upload.onServer')}</span>;
  if (info.uploadState === 'pending')
    return <span className="record-status">{t('audio.upload.waiting')}</span>;
  const reason = ['too-large', 'unsupported-type', 'content-mismatch'].includes(
    info.uploadError ?? '',
  )
    ? info.uploadError
    : 'refused';
  return (
    <span className="record-status is-problem" role="status">
      {t(`audio.refusal.${reason}`)}
    </span>
  );
}

export function RecordPromptControl({ promptKey, lang }: Props) {
  const { t } = useTranslation();
  const { state, start, stop, reset } = useRecorder();
  const existing = useRecordedPrompt(promptKey, lang);
  const mayRemove = useMayRemoveContentMedia();
  const [saved, setSaved] = useState(false);

  const keep = async (blob: Blob, mime: string) => {
    stopPlayback();
    try {
      await contentMedia.save({ kind: 'prompt', key: promptKey, language: lang, blob, mime });
      setSaved(true);
      reset();
    } catch (error) {
      reportProblem(error, () => void keep(blob, mime));
    }
  };

  const remove = async (id: string) => {
    try {
      await contentMedia.remove(id);
      setSaved(false);
    } catch (error) {
      reportProblem(error);
    }
  };

  switch (state.status) {
    case 'recording':
      return (
        <div className="record-prompt">
          <button
            type="button"
            className="record-button is-recording"
            onClick={stop}
            aria-label={t('audio.stopRecording')}
          >
            <span className="record-square" aria-hidden="true" />
            {t('audio.stopRecording')} <Elapsed since={state.startedAt} />
          </button>
        </div>
      );
    case 'review':
      return (
        <div className="record-prompt" role="group" aria-label={t('audio.review')}>
          <PlayBackButton blob={state.blob} listen={t('audio.playBack')} stop={t('audio.stop')} />
          <button
            type="button"
            className="button button-primary"
            onClick={() => void keep(state.blob, state.mime)}
          >
            {t('audio.keep')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              stopPlayback();
              reset();
            }}
          >
            {t('audio.discard')}
          </button>
        </div>
      );
    default:
      return (
        <div className="record-prompt">
          <button
            type="button"
            className="record-button"
            onClick={() => {
              setSaved(false);
              void start();
            }}
            disabled={state.status === 'starting'}
          >
            <span className="record-dot" aria-hidden="true" />
            {existing ? t('audio.recordAgain') : t('audio.record')}
          </button>
          {state.status === 'problem' ? (
            <span className="record-status is-problem" role="alert">
              {t(`audio.problem.${state.problem}`)}
            </span>
          ) : null}
          {existing ? (
            <>
              {saved ? <span className="record-status">{t('audio.saved')}</span> : null}
              <UploadState info={existing} />
              {mayRemove(existing) ? (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void remove(existing.id)}
                >
                  {t('audio.remove')}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      );
  }
}
