// The app shell: picks the screen for the route; consultant screens speak Dutch, conversations the own language.
import { useEffect } from 'react';
import { CaseListScreen } from './cases/CaseListScreen';
import { CaseScreen } from './case/CaseScreen';
import { EndScreen } from './conversation/EndScreen';
import { LanguageChoice } from './conversation/LanguageChoice';
import { QuestionScreen } from './conversation/QuestionScreen';
import { TopicBoard } from './conversation/TopicBoard';
import { changeLanguage } from './i18n/i18n';
import { reportProblem } from './hooks/problems';
import { SettingsScreen } from './settings/SettingsScreen';
import { isConversationRoute, type Route } from './state/route';
import { bindBrowserEvents, useAppStore } from './state/store';
import { ProblemBanner } from './ui/ProblemBanner';
import { UpdatePrompt } from './ui/UpdatePrompt';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <CaseListScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'case':
      return <CaseScreen key={route.caseId} caseId={route.caseId} />;
    case 'talk':
      if (route.step === 'language') return <LanguageChoice caseId={route.caseId} conversationId={route.conversationId} />;
      if (route.step === 'end') return <EndScreen caseId={route.caseId} conversationId={route.conversationId} />;
      return <TopicBoard caseId={route.caseId} conversationId={route.conversationId} />;
    case 'question':
      return <QuestionScreen {...route} />;
  }
}

export function App() {
  const route = useAppStore((s) => s.route);
  const inConversation = isConversationRoute(route);
  useEffect(() => bindBrowserEvents(), []);
  useEffect(() => {
    if (!inConversation) changeLanguage('nl').catch(reportProblem);
  }, [inConversation]);
  return (
    <div className={`app ${inConversation ? 'mode-conversation' : 'mode-consultant'}`}>
      <ProblemBanner />
      <Screen route={route} />
      <UpdatePrompt />
    </div>
  );
}
