// The unlocked app around the screen of the route: problem and tablet banners, the screen, the update prompt. A chunk
// of its own, loaded with i18next while the PIN is typed (shell.ts), so the start bundle holds only the PIN screens.
import { Suspense, useEffect } from 'react';
import { changeLanguage, currentLanguage } from './i18n/i18n';
import { reportProblem } from './hooks/problems';
import {
  BackofficeScreen,
  CaseListScreen,
  CaseScreen,
  ConversationRoutes,
  PipScreen,
  SettingsScreen,
} from './routes/screens';
import { isConversationRoute, type Route } from './state/route';
import { ProblemBanner } from './ui/ProblemBanner';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { RetiringBanner } from './ui/TabletNotices';

/** The screen for the route; every screen is a lazy chunk (routes/screens.ts). */
function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <CaseListScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'backoffice':
      return <BackofficeScreen {...(route.section ? { section: route.section } : {})} />;
    case 'case':
      return <CaseScreen key={route.caseId} caseId={route.caseId} />;
    case 'pip':
      return (
        <PipScreen
          key={route.caseId}
          caseId={route.caseId}
          view={route.view}
          versionId={route.versionId}
        />
      );
    case 'talk':
    case 'question':
    case 'explain':
      return <ConversationRoutes route={route} />;
  }
}

export function AppShell({ route }: { route: Route }) {
  const inConversation = isConversationRoute(route);
  useEffect(() => {
    // Back from a conversation in his language (at the start it is Dutch already: nothing to load or re-render).
    if (!inConversation && currentLanguage() !== 'nl') changeLanguage('nl').catch(reportProblem);
  }, [inConversation]);
  return (
    <div className={`app ${inConversation ? 'mode-conversation' : 'mode-consultant'}`}>
      <ProblemBanner />
      {inConversation ? null : <RetiringBanner />}
      <Suspense fallback={null}>
        <Screen route={route} />
      </Suspense>
      <UpdatePrompt />
    </div>
  );
}
