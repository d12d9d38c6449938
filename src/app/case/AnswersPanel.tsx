// The consultant's view of the answers, in Dutch, per conversation (newest first) and topic, with who
// answered; answers given apart that differ wait here for the consultant's choice.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DOMAINS } from '../../content/catalog';
import { chooseAnswer } from '../../domain/answers';
import type { Conversation } from '../../domain/types';
import { Pictogram } from '../ui/Pictogram';
import { AnswerOrigin, AnswerText } from './AnswerText';
import { ConflictChoice } from './ConflictChoice';

interface Props {
  conversations: Conversation[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function AnswersPanel({ conversations, run }: Props) {
  const { t } = useTranslation();
  if (conversations.length === 0) return null;
  return (
    <section className="answers-panel" aria-labelledby="answers-heading" data-testid="answers-panel">
      <h2 id="answers-heading">{t('answers.heading')}</h2>
      {[...conversations].reverse().map((conversation) => (
        <ConversationAnswers key={conversation.id} conversation={conversation} run={run} />
      ))}
    </section>
  );
}

function ConversationAnswers({ conversation, run }: { conversation: Conversation; run: Props['run'] }) {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  const answered = DOMAINS.map((domain) => ({
    domain,
    items: domain.questions.filter((q) => conversation.answers[q.id]).map((q) => ({ q, a: conversation.answers[q.id]!, conflict: conversation.conflicts[q.id] })),
  })).filter((group) => group.items.length > 0);
  const choose = (questionId: string, entryId: string) => void run((doc) => chooseAnswer(doc, conversation.id, questionId, entryId));
  return (
    <div className="answers-conversation" data-conversation={conversation.id}>
      <h3>{t('answers.title', { type: t(`conversationType.${conversation.type}`) })}</h3>
      {answered.length === 0 ? <p className="empty">{t('answers.none')}</p> : null}
      {answered.map(({ domain, items }) => (
        <div key={domain.id} className="answers-domain">
          <h4>
            <Pictogram name={domain.pictogram} size={32} />
            {nl(domain.titleKey)}
          </h4>
          <dl>
            {items.map(({ q, a, conflict }) => (
              <div key={q.id} className={`answer-row ${conflict ? 'has-conflict' : ''}`} data-question={q.id}>
                <dt>{nl(q.textKey)}</dt>
                <dd>
                  {conflict ? (
                    <ConflictChoice question={q} answers={conflict} onChoose={(entryId) => choose(q.id, entryId)} />
                  ) : (
                    <>
                      <AnswerText question={q} answer={a} />
                      <AnswerOrigin answer={a} />
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
