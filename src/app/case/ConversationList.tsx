// Conversations held so far, newest first; a tap resumes one.
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/types';
import { useAppStore } from '../state/store';
import { useLockStore } from '../lock/lockStore';

export function ConversationList({
  caseId,
  conversations,
}: {
  caseId: string;
  conversations: Conversation[];
}) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  if (conversations.length === 0) return <p className="empty">{t('case.noConversation')}</p>;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <h2>{t('case.conversations')}</h2>
      <ul className="conversation-list">
        {[...conversations].reverse().map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="conversation-item"
              onClick={() =>
                void useLockStore
                  .getState()
                  .startHandover(caseId, c.id)
                  .then(() =>
                    navigate({ name: 'talk', caseId, conversationId: c.id, step: 'topics' }),
                  )
              }
            >
              <span className="conversation-type">{t(`conversationType.${c.type}`)}</span>
              {c.private ? <span className="chip chip-private">{t('answers.private')}</span> : null}
              <span>{date.format(new Date(c.startedAt))}</span>
              <span>{t('case.answers', { count: Object.keys(c.answers).length })}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
