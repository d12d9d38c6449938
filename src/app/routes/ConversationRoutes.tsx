// The conversation's routes (language, topics, questions, explanation cards, end): one chunk, in the own language.
import { useConversation } from '../conversation/useConversation';
import { EndScreen } from '../conversation/EndScreen';
import { LanguageChoice } from '../conversation/LanguageChoice';
import { QuestionScreen } from '../conversation/QuestionScreen';
import { TopicBoard } from '../conversation/TopicBoard';
import { ExplanationBoard } from '../explain/ExplanationBoard';
import { ExplanationCardScreen } from '../explain/ExplanationCardScreen';
import { ABOUT_ME_CARD, AboutMeRoute } from '../explain/AboutMeRoute';
import type { Route } from '../state/route';
import { useAppStore } from '../state/store';

type ConversationRoute = Extract<Route, { name: 'talk' | 'question' | 'explain' }>;

export function ConversationRoutes({ route }: { route: ConversationRoute }) {
  switch (route.name) {
    case 'talk':
      if (route.step === 'language')
        return <LanguageChoice caseId={route.caseId} conversationId={route.conversationId} />;
      if (route.step === 'end')
        return <EndScreen caseId={route.caseId} conversationId={route.conversationId} />;
      return <TopicBoard caseId={route.caseId} conversationId={route.conversationId} />;
    case 'question':
      return <QuestionScreen {...route} />;
    case 'explain':
      return <ExplainRoute {...route} />;
  }
}

function ExplainRoute({
  caseId,
  conversationId,
  cardId,
}: {
  caseId: string;
  conversationId: string;
  cardId?: string;
}) {
  const navigate = useAppStore((s) => s.navigate);
  const { conversation } = useConversation(caseId, conversationId);
  if (!conversation) return null;
  if (cardId === ABOUT_ME_CARD) {
    return (
      <AboutMeRoute
        caseId={caseId}
        conversationId={conversationId}
        lang={conversation.language}
        onDone={() =>
          navigate({ name: 'talk', caseId, conversationId, step: 'topics' }, { replace: true })
        }
      />
    );
  }
  return cardId ? (
    <ExplanationCardScreen
      key={cardId}
      caseId={caseId}
      conversationId={conversationId}
      cardId={cardId}
      lang={conversation.language}
      onDone={() => navigate({ name: 'explain', caseId, conversationId }, { replace: true })}
    />
  ) : (
    <ExplanationBoard
      caseId={caseId}
      conversationId={conversationId}
      lang={conversation.language}
      onChoose={(id) => navigate({ name: 'explain', caseId, conversationId, cardId: id })}
      onBack={() => navigate({ name: 'talk', caseId, conversationId, step: 'topics' })}
    />
  );
}
