// The app shell: picks the screen for the route; consultant screens speak Dutch, conversations the own language.
import { Suspense, useEffect } from 'react';
import { changeLanguage, currentLanguage } from './i18n/i18n';
import { reportProblem } from './hooks/problems';
import type { Handover } from '../storage/handoverStore';
import { LockScreen } from './lock/LockScreen';
import { SetPinScreen } from './lock/SetPinScreen';
import { useLockStore } from './lock/lockStore';
import { useAutoLock } from './lock/useAutoLock';
import { AHEAD_AT_THE_LATEST_MS, whenTouchedOr } from './firstTouch';
import {
  BackofficeScreen,
  CaseListScreen,
  CaseScreen,
  ConversationRoutes,
  PipScreen,
  SettingsScreen,
} from './routes/screens';
import { isConversationRoute, type Route } from './state/route';
import { bindBrowserEvents, useAppStore } from './state/store';
import { ProblemBanner } from './ui/ProblemBanner';
import { Splash } from './ui/Splash';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { RetiringBanner, WipedNotice } from './ui/TabletNotices';

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
    const read = () => void useLockStore.getState().init().catch(reportProblem);
    // A locked pad shown from the last start's note (lockHint.ts) reads the tablet once it is touched (or a few
    // seconds later): the database's code then loads neither before the pad's first frame (this effect runs in the
    // render's task) nor as a long task right after it, and a PIN tried waits for the reading. Otherwise main.tsx
    // read it before this screen: this only takes up a reading that failed.
    if (useLockStore.getState().ready) whenTouchedOr(AHEAD_AT_THE_LATEST_MS, read);
    else read();
  }, []);
  useEffect(() => {
    // Back from a conversation in his language (at the start it is Dutch already: nothing to load or re-render).
    if (!inConversation && currentLanguage() !== 'nl') changeLanguage('nl').catch(reportProblem);
  }, [inConversation]);
  const strayFromHandover = !!lock.handover && !isHandoverRoute(route, lock.handover);
  useEffect(() => {
    if (strayFromHandover && lock.handover) {
      navigate(
        {
          name: 'talk',
          caseId: lock.handover.caseId,
          conversationId: lock.handover.conversationId,
          step: 'topics',
        },
        { replace: true },
      );
    }
  }, [strayFromHandover, lock.handover, navigate]);
  useAutoLock(lock.ready && lock.hasPin && !lock.locked && !lock.handover);

  if (!lock.ready) return <Splash />;
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
      <Suspense fallback={null}>
        <Screen route={route} />
      </Suspense>
      <UpdatePrompt />
    </div>
  );
}
