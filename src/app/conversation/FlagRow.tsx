// The four answers every question has, always in the same place.
import { ANSWER_FLAGS, type AnswerFlag } from '../../domain/types';
import { Bilingual } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';

const PICTURE: Record<AnswerFlag, string> = {
  'not-understood': 'notUnderstood',
  'dont-know': 'question',
  'prefer-not': 'preferNot',
  later: 'later',
};

export function FlagRow({
  lang,
  current,
  onFlag,
}: {
  lang: string;
  current?: AnswerFlag;
  onFlag(flag: AnswerFlag): void;
}) {
  return (
    <div className="flag-row" role="group">
      {ANSWER_FLAGS.map((flag) => (
        <button
          key={flag}
          type="button"
          className={`flag-button ${current === flag ? 'is-selected' : ''}`}
          aria-pressed={current === flag}
          data-flag={flag}
          onClick={() => onFlag(flag)}
        >
          <Pictogram name={PICTURE[flag]} size={44} />
          <Bilingual i18nKey={`flag.${flag}`} ns="common" lang={lang} />
        </button>
      ))}
    </div>
  );
}
