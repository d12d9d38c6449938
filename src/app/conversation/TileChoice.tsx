// Picture tiles: one tap answers a single-choice question; a multi-choice tile goes into or out of
// the answer's set at each tap (stored at once, merged with other tablets), then "next". A tap renders nothing before
// its answer is written: the tile lights up when the stored answer comes back (a moment later, after the commit), or
// after SHOW_TAP_AT_THE_LATEST_MS when the tablet's storage is slow. The press itself shows at once (CSS :active).
import { memo, useCallback, useEffect, useRef, useState } from 'react';
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

/** A tap shows on its tile once its answer is stored, or after this long if storing takes longer. */
export const SHOW_TAP_AT_THE_LATEST_MS = 100;

export function TileChoice({ question, lang, current, onAnswer, onToggleTile, onNext }: Props) {
  const { i18n } = useTranslation();
  const own = i18n.getFixedT(lang, 'content');
  const multi = question.kind === 'multi-tile';
  const stored = tilesOf(current);
  // Single choice: a tap not yet stored, shown while the answer is still the one of the tap's moment.
  const [shownTap, setShownTap] = useState<{ tileId: string; over: Answer | undefined }>();
  const tapped = shownTap && shownTap.over === current ? shownTap.tileId : undefined;
  // Multi choice: taps not yet stored, shown as tapped; `intended` is what each tile becomes by its last tap.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const intended = useRef<Record<string, boolean>>({});
  const isChosen = (tileId: string) =>
    multi
      ? (pending[tileId] ?? stored.includes(tileId))
      : tapped
        ? tapped === tileId
        : stored.includes(tileId);
  const anyChosen = question.tiles.some((tile) => isChosen(tile.id));

  const showLater = useShowLater();
  const currentAtTap = useRef(current);
  useEffect(() => {
    currentAtTap.current = current;
    // The answer changed (stored, or came from elsewhere): a single-choice tap waiting to show is not needed.
    showLater('single', undefined);
  }, [current, showLater]);

  // The same function from tap to tap (its inputs are the answer actions), so unchanged tiles do not re-render.
  const tap = useCallback(
    async (tileId: string, chosenByView: boolean) => {
      if (!multi) {
        const over = currentAtTap.current;
        showLater('single', () => setShownTap({ tileId, over }));
        await onAnswer({ kind: 'tiles', tileIds: [tileId] }, true);
        return;
      }
      const chosen = tileId in intended.current ? !intended.current[tileId] : chosenByView;
      intended.current[tileId] = chosen;
      showLater(tileId, () => setPending((p) => ({ ...p, [tileId]: chosen })));
      await onToggleTile(tileId, chosen);
      if (intended.current[tileId] !== chosen) return; // tapped again meanwhile: that tap ends it
      delete intended.current[tileId];
      showLater(tileId, undefined);
      setPending((p) => {
        if (!(tileId in p)) return p;
        const { [tileId]: _done, ...rest } = p;
        return rest;
      });
    },
    [multi, onAnswer, onToggleTile, showLater],
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

/**
 * `showLater(key, show)`: runs `show` after SHOW_TAP_AT_THE_LATEST_MS, replacing what was waiting under `key`;
 * `showLater(key, undefined)` only cancels it. Nothing runs after the tiles left the screen.
 */
function useShowLater() {
  const [timers] = useState(() => new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => () => timers.forEach((timer) => clearTimeout(timer)), [timers]);
  return useCallback(
    (key: string, show: (() => void) | undefined) => {
      clearTimeout(timers.get(key));
      timers.delete(key);
      if (!show) return;
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          show();
        }, SHOW_TAP_AT_THE_LATEST_MS),
      );
    },
    [timers],
  );
}
