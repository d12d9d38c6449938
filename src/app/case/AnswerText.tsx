// One answer in the consultant's words (Dutch): tiles, number, flag, drawing, and the own words as said.
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import type * as Y from 'yjs';
import type { Answer } from '../../domain/types';
import { VoicePlay } from '../audio/VoicePlay';

/** With `doc`, his recorded voice can be played where the answer is shown. */
export function AnswerText({
  question,
  answer,
  doc,
}: {
  question: Question;
  answer: Answer;
  doc?: Y.Doc;
}) {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  const parts: string[] = [];
  if (answer.value?.kind === 'tiles') {
    parts.push(
      answer.value.tileIds
        .map((id) => nl(question.tiles.find((tile) => tile.id === id)?.labelKey ?? id))
        .join(', '),
    );
  } else if (answer.value?.kind === 'number') parts.push(String(answer.value.value));
  if (answer.flag) parts.push(t(`flag.${answer.flag}`));
  if (answer.drawingRef) parts.push(t('answers.drawing'));
  if (answer.audioRef) parts.push(t('answers.voice'));
  const ownWords = answer.value?.kind === 'text' ? answer.value.text : answer.ownWords;
  return (
    <>
      <span className="answer-nl">{parts.join(' · ')}</span>
      {ownWords ? (
        <span className="answer-own" lang={answer.language}>
          “{ownWords}”
        </span>
      ) : null}
      {answer.audioRef && doc ? <VoicePlay doc={doc} clipId={answer.audioRef} /> : null}
    </>
  );
}

/** One formatter per language for every answer row of the overview (making one per row is costly). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (language: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(language);
  if (!formatter)
    formatters.set(
      language,
      (formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })),
    );
  return formatter;
};

/** Who gave an answer, on which tablet, and when: "inburgeraar · Tablet Noord · 4 dec 14:02". */
export function AnswerOrigin({ answer }: { answer: Answer }) {
  const { t, i18n } = useTranslation();
  const when = formatterFor(i18n.language).format(new Date(answer.at));
  const tablet = answer.author?.deviceName ?? t('answers.unnamedTablet');
  const parts = [t(`answers.by.${answer.answeredBy}`), answer.author?.user, tablet].filter(Boolean);
  return (
    <span className="answer-origin">
      {parts.join(' · ')} · <time dateTime={answer.at}>{when}</time>
    </span>
  );
}
