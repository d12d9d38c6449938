// The app: the lock's screens (PIN pad, first PIN) in the start bundle, and once unlocked the shell with the route's
// screen (AppShell.tsx, a chunk of its own with i18next); keeps a handed-over tablet inside its conversation.
import { Suspense, useEffect } from 'react';
import { reportProblem } from './hooks/problems';
import type { Handover } from '../storage/handoverStore';
import { LockScreen } from './lock/LockScreen';
import { SetPinScreen } from './lock/SetPinScreen';
import { useLockStore } from './lock/lockStore';
import { useAutoLock } from './lock/useAutoLock';
import { AHEAD_AT_THE_LATEST_MS, whenTouchedOr } from './firstTouch';
import { AppShell, WipedNotice } from './shell';
import { isConversationRoute, type Route } from './state/route';
import { bindBrowserEvents, useAppStore } from './state/store';
import { Splash } from './ui/Splash';
import { wipedReason } from './ui/wipedReason';

/** In handover only the handed-over conversation may be on screen. */
const isHandoverRoute = (route: Route, handover: Handover): boolean =>
  isConversationRoute(route) &&
  route.caseId === handover.caseId &&
  route.conversationId === handover.conversationId;

export function App() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const lock = useLockStore();
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
        {/* Its words come with i18next, loaded only when there is something to say. */}
        {wipedReason() ? (
          <Suspense fallback={null}>
            <WipedNotice />
          </Suspense>
        ) : null}
        <SetPinScreen />
      </>
    );
  if (lock.locked) return <LockScreen purpose="unlock" />;
  if (lock.handover && lock.exitRequested) return <LockScreen purpose="take-back" />;
  if (strayFromHandover) return null;
  // The shell comes with i18next, fetched while the PIN was typed (main.tsx); otherwise the splash shows meanwhile.
  return (
    <Suspense fallback={<Splash />}>
      <AppShell route={route} />
    </Suspense>
  );
}
