// Own words: the inburgeraar (or the tolk for him) writes the answer in his own language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../content/languages';
import type { Answer, AnswerValue } from '../../domain/types';
import { Bilingual } from '../ui/Bilingual';

interface Props {
  lang: string;
  current?: Answer;
  onAnswer(value: AnswerValue, advance: boolean): Promise<boolean>;
}

export function OwnWords({ lang, current, onAnswer }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(current?.value?.kind === 'text' ? current.value.text : '');
  return (
    <div className="answer-area own-words">
      <label className="field">
        <span className="visually-hidden">{t('talk.ownWords')}</span>
        <textarea lang={lang} dir={directionOf(lang)} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" className="button button-primary next-button" disabled={!text.trim()} onClick={() => void onAnswer({ kind: 'text', text }, true)}>
        <Bilingual i18nKey="talk.next" ns="common" lang={lang} />
      </button>
    </div>
  );
}
