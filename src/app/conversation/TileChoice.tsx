// Picture tiles: one tap answers a single-choice question; a multi-choice tile goes into or out of
// the answer's set at each tap (stored at once, merged with other tablets), then "next". A tap re-renders only the
// tiles whose state it changes (TileCell is memoised), so the answer's write commits without waiting for the rest.
import { memo, useCallback, useState } from 'react';
import type { Question, Tile } from '../../content/types';
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

  // The same function from tap to tap (its inputs are the answer actions), so unchanged tiles do not re-render.
  const tap = useCallback(
    async (tileId: string, chosen: boolean) => {
      if (!multi) {
        setTapped(tileId);
        await onAnswer({ kind: 'tiles', tileIds: [tileId] }, true);
        return;
      }
      setPending((p) => ({ ...p, [tileId]: chosen }));
      await onToggleTile(tileId, chosen);
      setPending(({ [tileId]: _done, ...rest }) => rest);
    },
    [multi, onAnswer, onToggleTile],
  );

  return (
    <div className="answer-area">
      <div className={`tile-grid tiles-${question.tiles.length}`} role="group">
        {question.tiles.map((tile) => {
          const chosen = isChosen(tile.id);
          return (
            <TileCell
              key={tile.id}
              tile={tile}
              lang={lang}
              speakText={own(tile.labelKey)}
              chosen={chosen}
              saved={stored.includes(tile.id) && chosen}
              onTap={tap}
            />
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

/** One tile with its speaker and recording button; re-renders only when its own state changes. */
const TileCell = memo(function TileCell({
  tile,
  lang,
  speakText,
  chosen,
  saved,
  onTap,
}: {
  tile: Tile;
  lang: string;
  /** The tile's words in the conversation's language, read aloud by its speaker. */
  speakText: string;
  chosen: boolean;
  saved: boolean;
  /** `chosen`: what a multi-choice tile becomes by this tap. */
  onTap(tileId: string, chosen: boolean): Promise<void>;
}) {
  return (
    <div className="tile-cell">
      <button
        type="button"
        className={`tile ${chosen ? 'is-selected' : ''} ${saved ? 'is-saved' : ''}`}
        aria-pressed={chosen}
        data-tile={tile.id}
        onClick={() => void onTap(tile.id, !chosen)}
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
        text={speakText}
        lang={lang}
        promptKey={contentPromptKey(tile.labelKey)}
      />
      <RecordPrompt promptKey={contentPromptKey(tile.labelKey)} lang={lang} />
    </div>
  );
});
