// Picture tiles: one tap answers a single-choice question; multi-choice tiles toggle, then "next".
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
}

const tilesOf = (answer?: Answer): string[] => (answer?.value?.kind === 'tiles' ? answer.value.tileIds : []);

export function TileChoice({ question, lang, current, onAnswer }: Props) {
  const { i18n } = useTranslation();
  const own = i18n.getFixedT(lang, 'content');
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
            <div key={tile.id} className="tile-cell">
              <button
                type="button"
                className={`tile ${isChosen ? 'is-selected' : ''} ${saved.includes(tile.id) && isChosen ? 'is-saved' : ''}`}
                aria-pressed={isChosen}
                data-tile={tile.id}
                onClick={() => void tap(tile.id)}
              >
                <ContentPicture pictogram={tile.pictogram} photoKey={tilePhotoKey(tile.id)} alt="" size={104} />
                <Bilingual i18nKey={tile.labelKey} lang={lang} className="tile-label" />
              </button>
              <SpeakButton size="small" hideWhenUnavailable className="tile-speak" text={own(tile.labelKey)} lang={lang} promptKey={contentPromptKey(tile.labelKey)} />
              <RecordPrompt promptKey={contentPromptKey(tile.labelKey)} lang={lang} />
            </div>
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
