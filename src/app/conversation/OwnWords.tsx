// Own words: the inburgeraar (or the tolk for him) writes the answer in his own language, or says it — his
// voice is kept as the answer, so someone who cannot write still gives his own words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { directionOf } from '../../content/languages';
import type { Answer, AnswerValue } from '../../domain/types';
import { VoicePlay } from '../audio/VoicePlay';
import { VoiceRecorder, type RecordedVoice } from '../audio/VoiceRecorder';
import { canRecord } from '../audio/useRecorder';
import { Bilingual } from '../ui/Bilingual';

interface Props {
  lang: string;
  current?: Answer;
  onAnswer(value: AnswerValue, advance: boolean): Promise<boolean>;
  /** Keeps his voice as (part of) the answer; absent where the case doc is not at hand. */
  onVoice?(voice: RecordedVoice): Promise<boolean>;
  onNext?(): void;
  doc?: Y.Doc;
}

export function OwnWords({ lang, current, onAnswer, onVoice, onNext, doc }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(current?.value?.kind === 'text' ? current.value.text : '');
  const said = current?.audioRef;
  const next = () => {
    if (text.trim()) void onAnswer({ kind: 'text', text }, true);
    else onNext?.();
  };
  return (
    <div className="answer-area own-words">
      <label className="field">
        <span className="visually-hidden">{t('talk.ownWords')}</span>
        <textarea
          lang={lang}
          dir={directionOf(lang)}
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {onVoice && canRecord() ? (
        <div className="own-voice">
          <VoiceRecorder lang={lang} onKeep={onVoice} />
          {said && doc ? <VoicePlay doc={doc} clipId={said} lang={lang} /> : null}
        </div>
      ) : said && doc ? (
        <VoicePlay doc={doc} clipId={said} lang={lang} />
      ) : null}
      <button
        type="button"
        className="button button-primary next-button"
        disabled={!text.trim() && !said}
        onClick={next}
      >
        <Bilingual i18nKey="talk.next" ns="common" lang={lang} />
      </button>
    </div>
  );
}
