// A number stepper with big minus and plus buttons; no typing needed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import type { Answer, AnswerValue } from '../../domain/types';
import { Bilingual } from '../ui/Bilingual';

interface Props {
  question: Question;
  lang: string;
  current?: Answer;
  onAnswer(value: AnswerValue, advance: boolean): Promise<boolean>;
}

export function NumberStepper({ question, lang, current, onAnswer }: Props) {
  const { t } = useTranslation();
  const min = question.min ?? 0;
  const max = question.max ?? 99;
  const initial =
    current?.value?.kind === 'number' ? current.value.value : question.kind === 'year' ? max : min;
  const [value, setValue] = useState(initial);
  const format = new Intl.NumberFormat(lang, { useGrouping: question.kind !== 'year' });
  return (
    <div className="answer-area stepper">
      <button
        type="button"
        className="stepper-button"
        aria-label={t('talk.less')}
        disabled={value <= min}
        onClick={() => setValue((v) => Math.max(min, v - 1))}
      >
        −
      </button>
      <output className="stepper-value" lang={lang} aria-live="polite">
        {format.format(value)}
      </output>
      <button
        type="button"
        className="stepper-button"
        aria-label={t('talk.more')}
        disabled={value >= max}
        onClick={() => setValue((v) => Math.min(max, v + 1))}
      >
        +
      </button>
      <button
        type="button"
        className="button button-primary next-button"
        onClick={() => void onAnswer({ kind: 'number', value }, true)}
      >
        <Bilingual i18nKey="talk.next" ns="common" lang={lang} />
      </button>
    </div>
  );
}
