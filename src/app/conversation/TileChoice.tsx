// Picture tiles: one tap answers a single-choice question; a multi-choice tile goes into or out of
// the answer's set at each tap (stored at once, merged with other tablets), then "next".
import { useState } from 'react';
import type { Question } from '../../content/types';
import type { Answer, AnswerValue } from '../../domain/types';
import { Bilingual } from '../ui/Bilingual';
import { SpeakButton } from '../ui/SpeakButton';
import { RecordPrompt } from '../audio/RecordPrompt';
import { contentPromptKey, tilePhotoKey } from '../audio/promptKeys';
import { ContentPicture } from '../photos/ContentPicture';
import { useTranslation } from 'react-i18next';

interface Props {
  question: Question;
  lang: string;
  current?: Answer;
  onAnswer(value: AnswerValue, advance: boolean): Promise<boolean>;
  onToggleTile(tileId: string, chosen: boolean): Promise<boolean>;
  onNext(): void;
}

const tilesOf = (answer?: Answer): string[] =>
  answer?.value?.kind === 'tiles' ? answer.value.tileIds : [];

export function TileChoice({ question, lang, current, onAnswer, onToggleTile, onNext }: Props) {
  const { i18n } = useTranslation();
  const own = i18n.getFixedT(lang, 'content');
  const multi = question.kind === 'multi-tile';
  const stored = tilesOf(current);
  // Single choice: the tapped tile lights up at once. Multi choice: taps not yet stored show as tapped.
  const [tapped, setTapped] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const isChosen = (tileId: string) =>
    multi
      ? (pending[tileId] ?? stored.includes(tileId))
      : tapped
        ? tapped === tileId
        : stored.includes(tileId);
  const anyChosen = question.tiles.some((tile) => isChosen(tile.id));

  const tap = async (tileId: string) => {
    if (!multi) {
      setTapped(tileId);
      await onAnswer({ kind: 'tiles', tileIds: [tileId] }, true);
      return;
    }
    const chosen = !isChosen(tileId);
    setPending((p) => ({ ...p, [tileId]: chosen }));
    await onToggleTile(tileId, chosen);
    setPending(({ [tileId]: _done, ...rest }) => rest);
  };

  return (
    <div className="answer-area">
      <div className={`tile-grid tiles-${question.tiles.length}`} role="group">
        {question.tiles.map((tile) => {
          const chosen = isChosen(tile.id);
          return (
            <div key={tile.id} className="tile-cell">
              <button
                type="button"
                className={`tile ${chosen ? 'is-selected' : ''} ${stored.includes(tile.id) && chosen ? 'is-saved' : ''}`}
                aria-pressed={chosen}
                data-tile={tile.id}
                onClick={() => void tap(tile.id)}
              >
                <ContentPicture
                  pictogram={tile.pictogram}
                  photoKey={tilePhotoKey(tile.id)}
                  alt=""
                  size={104}
                />
                <Bilingual i18nKey={tile.labelKey} lang={lang} className="tile-label" />
              </button>
              <SpeakButton
                size="small"
                hideWhenUnavailable
                className="tile-speak"
                text={own(tile.labelKey)}
                lang={lang}
                promptKey={contentPromptKey(tile.labelKey)}
              />
              <RecordPrompt promptKey={contentPromptKey(tile.labelKey)} lang={lang} />
            </div>
          );
        })}
      </div>
      {multi ? (
        <button
          type="button"
          className="button button-primary next-button"
          disabled={!anyChosen}
          onClick={onNext}
        >
          <Bilingual i18nKey="talk.next" ns="common" lang={lang} />
        </button>
      ) : null}
    </div>
  );
}
