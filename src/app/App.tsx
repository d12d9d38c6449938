// The app shell: picks the screen for the route; consultant screens speak Dutch, conversations the own language.
import { lazy, Suspense, useEffect } from 'react';
import { CaseListScreen } from './cases/CaseListScreen';
import { CaseScreen } from './case/CaseScreen';
import { EndScreen } from './conversation/EndScreen';
import { useConversation } from './conversation/useConversation';
import { ExplanationBoard } from './explain/ExplanationBoard';
import { ExplanationCardScreen } from './explain/ExplanationCardScreen';
import { ABOUT_ME_CARD, AboutMeRoute } from './explain/AboutMeRoute';
import { LanguageChoice } from './conversation/LanguageChoice';
import { QuestionScreen } from './conversation/QuestionScreen';
import { TopicBoard } from './conversation/TopicBoard';
import { changeLanguage } from './i18n/i18n';
import { reportProblem } from './hooks/problems';
import { SettingsScreen } from './settings/SettingsScreen';
import type { Handover } from '../storage/handoverStore';
import { LockScreen } from './lock/LockScreen';
import { SetPinScreen } from './lock/SetPinScreen';
import { useLockStore } from './lock/lockStore';
import { useAutoLock } from './lock/useAutoLock';
import { isConversationRoute, type Route } from './state/route';
import { bindBrowserEvents, useAppStore } from './state/store';
import { ProblemBanner } from './ui/ProblemBanner';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { RetiringBanner, WipedNotice } from './ui/TabletNotices';

/** The PIP's screens load apart, so the conversation bundle does not grow. */
const PipScreen = lazy(() => import('./pip/PipScreen'));
/** The back office (teamleider) loads apart too: a consultant's tablet never fetches it. */
const BackofficeScreen = lazy(() => import('./backoffice/BackofficeScreen'));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <CaseListScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'backoffice':
      return (
        <Suspense fallback={null}>
          <BackofficeScreen {...(route.section ? { section: route.section } : {})} />
        </Suspense>
      );
    case 'case':
      return <CaseScreen key={route.caseId} caseId={route.caseId} />;
    case 'pip':
      return (
        <Suspense fallback={null}>
          <PipScreen key={route.caseId} caseId={route.caseId} view={route.view} versionId={route.versionId} />
        </Suspense>
      );
    case 'talk':
      if (route.step === 'language') return <LanguageChoice caseId={route.caseId} conversationId={route.conversationId} />;
      if (route.step === 'end') return <EndScreen caseId={route.caseId} conversationId={route.conversationId} />;
      return <TopicBoard caseId={route.caseId} conversationId={route.conversationId} />;
    case 'question':
      return <QuestionScreen {...route} />;
    case 'explain':
      return <ExplainRoute {...route} />;
  }
}

function ExplainRoute({ caseId, conversationId, cardId }: { caseId: string; conversationId: string; cardId?: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const { conversation } = useConversation(caseId, conversationId);
  if (!conversation) return null;
  if (cardId === ABOUT_ME_CARD) {
    return (
      <AboutMeRoute
        caseId={caseId}
        conversationId={conversationId}
        lang={conversation.language}
        onDone={() => navigate({ name: 'talk', caseId, conversationId, step: 'topics' }, { replace: true })}
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

/** In handover only the handed-over conversation may be on screen. */
const isHandoverRoute = (route: Route, handover: Handover): boolean =>
  isConversationRoute(route) &&
  route.caseId === handover.caseId &&
  route.conversationId === handover.conversationId;

export function App() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const lock = useLockStore();
  const inConversation = isConversationRoute(route);
  useEffect(() => bindBrowserEvents(), []);
  useEffect(() => {
    void useLockStore.getState().init();
  }, []);
  useEffect(() => {
    if (!inConversation) changeLanguage('nl').catch(reportProblem);
  }, [inConversation]);
  const strayFromHandover = !!lock.handover && !isHandoverRoute(route, lock.handover);
  useEffect(() => {
    if (strayFromHandover && lock.handover) {
      navigate({ name: 'talk', caseId: lock.handover.caseId, conversationId: lock.handover.conversationId, step: 'topics' }, { replace: true });
    }
  }, [strayFromHandover, lock.handover, navigate]);
  useAutoLock(lock.ready && lock.hasPin && !lock.locked && !lock.handover);

  if (!lock.ready) return null;
  if (!lock.hasPin)
    return (
      <>
        <WipedNotice />
        <SetPinScreen />
      </>
    );
  if (lock.locked) return <LockScreen purpose="unlock" />;
  if (lock.handover && lock.exitRequested) return <LockScreen purpose="take-back" />;
  if (strayFromHandover) return null;
  return (
    <div className={`app ${inConversation ? 'mode-conversation' : 'mode-consultant'}`}>
      <ProblemBanner />
      {inConversation ? null : <RetiringBanner />}
      <Screen route={route} />
      <UpdatePrompt />
    </div>
  );
}
