// Beside a conversation's answers: how the inburgeraar found the conversation (the end-screen faces)
// and the sentences a tolk flagged as unclear, with the better words suggested.
import { useTranslation } from 'react-i18next';
import type { TranslationFlag } from '../../domain/conversationEnd';
import type { Conversation } from '../../domain/types';

const ASPECTS = ['clear', 'respectful', 'length'] as const;
const FACE_MARK = { good: '🙂', neutral: '😐', bad: '🙁' } as const;

export function FeedbackLine({ feedback }: { feedback: NonNullable<Conversation['feedback']> }) {
  const { t } = useTranslation();
  const given = ASPECTS.filter((aspect) => feedback[aspect]);
  if (given.length === 0) return null;
  return (
    <div className="conversation-feedback" data-testid="feedback">
      <h4>{t('answers.feedback')}</h4>
      <ul className="plain-list feedback-list">
        {given.map((aspect) => (
          <li key={aspect}>
            <span aria-hidden="true">{FACE_MARK[feedback[aspect]!]}</span>{' '}
            {t(`end.aspect.${aspect}`)} <strong>{t(`end.face.${feedback[aspect]!}`)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TolkFlags({ flags }: { flags: readonly TranslationFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <div className="tolk-flags" data-testid="tolk-flags">
      <h4>{t('answers.tolkFlags')}</h4>
      <ul className="plain-list">
        {flags.map((flag) => (
          <li key={flag.id}>
            <span lang={flag.language} dir="auto">
              “{flag.shownText}”
            </span>
            {flag.suggestion ? (
              <span className="hint">
                {' '}
                →{' '}
                <span lang={flag.language} dir="auto">
                  {t('answers.suggestion', { text: flag.suggestion })}
                </span>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
