// The answer area of a question, by its kind: picture tiles, faces, a number stepper or own words.
import type * as Y from 'yjs';
import type { Question } from '../../content/types';
import { DrawingAnswer } from '../drawing/DrawingAnswer';
import type { RunCommand } from '../drawing/DrawingPad';
import { Bilingual } from '../ui/Bilingual';
import type { Answer, AnswerValue } from '../../domain/types';
import { NumberStepper } from './NumberStepper';
import { OwnWords } from './OwnWords';
import type { RecordedVoice } from '../audio/VoiceRecorder';
import { TileChoice } from './TileChoice';

interface Props {
  question: Question;
  lang: string;
  current?: Answer;
  /** `advance` moves on to the next question once the answer is stored. */
  onAnswer(value: AnswerValue, advance: boolean): Promise<boolean>;
  /** Multi-choice: a tile goes into or out of the answer's set. */
  onToggleTile(tileId: string, chosen: boolean): Promise<boolean>;
  /** Multi-choice and drawing: the answer is stored already, move on. */
  onNext(): void;
  /** The drawing a drawing question draws on when it has no answer yet (the same on every tablet). */
  drawingId: string;
  doc?: Y.Doc;
  run?: RunCommand;
  onDrawing?(drawingRef: string, advance: boolean): Promise<boolean>;
  /** Own words said aloud: his voice kept as the answer (with what was written, if anything). */
  onVoice?(voice: RecordedVoice): Promise<boolean>;
}

export function AnswerArea({
  question,
  lang,
  current,
  onAnswer,
  onToggleTile,
  onNext,
  drawingId,
  doc,
  run,
  onDrawing,
  onVoice,
}: Props) {
  const ownWords = (
    <OwnWords
      lang={lang}
      current={current}
      onAnswer={onAnswer}
      onVoice={onVoice}
      onNext={onNext}
      doc={doc}
    />
  );
  switch (question.kind) {
    case 'single-tile':
    case 'yes-no-unsure':
    case 'faces-scale':
    case 'multi-tile':
      return (
        <TileChoice
          question={question}
          lang={lang}
          current={current}
          onAnswer={onAnswer}
          onToggleTile={onToggleTile}
          onNext={onNext}
        />
      );
    case 'number':
    case 'year':
      return (
        <NumberStepper question={question} lang={lang} current={current} onAnswer={onAnswer} />
      );
    case 'drawing':
      return doc && onDrawing ? (
        <DrawingAnswer
          doc={doc}
          lang={lang}
          current={current}
          drawingId={current?.drawingRef ?? drawingId}
          run={run}
          onDrawing={onDrawing}
          title={question.id}
          prompt={<Bilingual i18nKey={question.textKey} lang={lang} />}
        />
      ) : (
        ownWords
      );
    case 'own-words':
      return ownWords;
  }
}
