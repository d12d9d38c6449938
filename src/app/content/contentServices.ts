// Keeps the municipality's content on this tablet and in the app: what the tablet holds is applied at start (works
// offline); while signed in it is fetched at once, when the server says it changed, when the network returns, and
// every ten minutes. The fetch code (and zod) loads on demand, not with the first screen.
import { dexieMunicipalContentStore } from '../../storage/municipalContentStore';
import type { SessionState } from '../../sync/session';
import { reportProblem } from '../hooks/problems';
import { db, session } from '../coreServices';
import { setMunicipalContent } from './municipalContent';

const ROUND_MS = 10 * 60 * 1000;
const store = dexieMunicipalContentStore(db);
let timer: ReturnType<typeof setInterval> | undefined;
let following: (() => void) | null = null;

/**
 * One fetch round; the content stays as it is when the tablet is offline or the server fails. Rounds run one at a
 * time (an older answer never lands after a newer one); a change heard during a round brings one more round.
 */
const rounds = (async () => {
  const [{ oneAtATime }, { fetchMunicipalContent }] = await Promise.all([
    import('../../sync/oneAtATime'),
    import('../../sync/contentSync'),
  ]);
  return oneAtATime(() =>
    fetchMunicipalContent({
      baseUrl: location.origin,
      getAccessToken: () => session.getAccessToken(),
      store,
      onUpdated: setMunicipalContent,
    }),
  );
})();

export const refreshMunicipalContent = async (): Promise<void> => {
  if (session.getState().status !== 'signed-in') return;
  await (
    await rounds
  )();
};

const follow = (state: SessionState) => {
  clearInterval(timer);
  if (state.status !== 'signed-in') return;
  void refreshMunicipalContent().catch(reportProblem);
  timer = setInterval(() => void refreshMunicipalContent().catch(reportProblem), ROUND_MS);
};

/** Call once at start-up. */
export const startContentSync = (): void => {
  if (following) return;
  store.all().then(setMunicipalContent, reportProblem);
  following = session.subscribe(follow);
  follow(session.getState());
  addEventListener('online', () => void refreshMunicipalContent().catch(reportProblem));
};
