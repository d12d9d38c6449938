// The topic board: the inburgeraar chooses where to start; done topics get a soft check.
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../content/catalog';
import { suggestedDomains } from '../../content/conversationTypes';
import { domainProgress, nextQuestionId } from '../../domain/flow';
import { useAppStore } from '../state/store';
import { Bilingual } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';
import { ExplainText } from '../explain/texts';
import { ConversationBar } from './ConversationBar';
import { useConversation } from './useConversation';

export function TopicBoard({ caseId, conversationId }: { caseId: string; conversationId: string }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const { conversation } = useConversation(caseId, conversationId);
  if (!conversation) return null;
  const { language, answers } = conversation;
  const suggested = new Set(suggestedDomains(conversation.type));
  const flow = { hideSensitive: conversation.hideSensitive ?? false };
  return (
    <div className="conversation">
      <ConversationBar
        caseId={caseId}
        lang={language}
        conversationId={conversationId}
        onBack={() => navigate({ name: 'talk', caseId, conversationId, step: 'language' })}
      >
        <Bilingual
          i18nKey="talk.topics"
          ns="common"
          lang={language}
          as="h1"
          className="bar-title"
        />
      </ConversationBar>
      <main className="page topic-board" id="main">
        <ul className="topic-grid">
          {DOMAINS.map((domain) => {
            const progress = domainProgress(domain, answers, flow);
            const next = nextQuestionId(domain, answers, undefined, flow);
            const done = progress.done === progress.total;
            return (
              <li key={domain.id}>
                <button
                  type="button"
                  className={`topic-card ${done ? 'is-done' : ''} ${suggested.has(domain.id) && !done ? 'is-suggested' : ''}`}
                  onClick={() =>
                    navigate({
                      name: 'question',
                      caseId,
                      conversationId,
                      domainId: domain.id,
                      ...(next ? { questionId: next } : {}),
                    })
                  }
                >
                  <Pictogram name={domain.pictogram} size={120} />
                  <Bilingual i18nKey={domain.titleKey} lang={language} className="topic-title" />
                  {suggested.has(domain.id) && !done ? (
                    <span className="suggested-badge">
                      <Bilingual i18nKey="talk.suggested" ns="common" lang={language} />
                    </span>
                  ) : null}
                  <span
                    className="topic-progress"
                    aria-label={t('talk.progress', { done: progress.done, total: progress.total })}
                  >
                    {done ? (
                      <span className="soft-check" aria-hidden="true">
                        ✓
                      </span>
                    ) : progress.done > 0 ? (
                      `${progress.done}/${progress.total}`
                    ) : null}
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="topic-card topic-card-explain"
              onClick={() => navigate({ name: 'explain', caseId, conversationId })}
            >
              <Pictogram name="question" size={120} />
              <ExplainText i18nKey="list.title" lang={language} className="topic-title" />
            </button>
          </li>
        </ul>
        <div className="topic-end">
          <button
            type="button"
            className="button button-secondary button-huge"
            onClick={() => navigate({ name: 'talk', caseId, conversationId, step: 'end' })}
          >
            <Bilingual i18nKey="end.button" ns="common" lang={language} />
          </button>
        </div>
      </main>
    </div>
  );
}
