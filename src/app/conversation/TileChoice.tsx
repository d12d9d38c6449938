// Picture tiles: one tap answers a single-choice question; multi-choice tiles toggle, then "next".
import { useState } from 'react';
import type { Question } from '../../content/types';
import type { Answer, AnswerValue } from '../../domain/types';
import { Bilingual } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';

interface Props {
  question: Question;
  lang: string;
  current?: Answer;
  onAnswer(value: AnswerValue, advance: boolean): Promise<boolean>;
}

const tilesOf = (answer?: Answer): string[] => (answer?.value?.kind === 'tiles' ? answer.value.tileIds : []);

export function TileChoice({ question, lang, current, onAnswer }: Props) {
  const multi = question.kind === 'multi-tile';
  const [chosen, setChosen] = useState<string[]>(tilesOf(current));
  const [saved, setSaved] = useState<string[]>(tilesOf(current));

  const tap = async (tileId: string) => {
    const next = multi ? (chosen.includes(tileId) ? chosen.filter((t) => t !== tileId) : [...chosen, tileId]) : [tileId];
    setChosen(next);
    if (next.length === 0) return;
    const ok = await onAnswer({ kind: 'tiles', tileIds: next }, !multi);
    if (ok) setSaved(next);
  };

  return (
    <div className="answer-area">
      <div className={`tile-grid tiles-${question.tiles.length}`} role="group">
        {question.tiles.map((tile) => {
          const isChosen = chosen.includes(tile.id);
          return (
            <button
              key={tile.id}
              type="button"
              className={`tile ${isChosen ? 'is-selected' : ''} ${saved.includes(tile.id) && isChosen ? 'is-saved' : ''}`}
              aria-pressed={isChosen}
              data-tile={tile.id}
              onClick={() => void tap(tile.id)}
            >
              <Pictogram name={tile.pictogram} size={104} />
              <Bilingual i18nKey={tile.labelKey} lang={lang} className="tile-label" />
            </button>
          );
        })}
      </div>
      {multi ? (
        <button
          type="button"
          className="button button-primary next-button"
          disabled={chosen.length === 0}
          onClick={() => void onAnswer({ kind: 'tiles', tileIds: chosen }, true)}
        >
          <Bilingual i18nKey="talk.next" ns="common" lang={lang} />
        </button>
      ) : null}
    </div>
  );
}
