// Routes of the app and their mapping to the location hash, so a reload returns to the same place.
import { BACKOFFICE_SECTIONS, type BackofficeSection } from '../../protocol/backofficeSections';

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'backoffice'; section?: BackofficeSection }
  | { name: 'case'; caseId: string }
  | { name: 'pip'; caseId: string; view: PipView; versionId?: string }
  | { name: 'talk'; caseId: string; conversationId: string; step: 'language' | 'topics' | 'end' }
  | {
      name: 'question';
      caseId: string;
      conversationId: string;
      domainId: string;
      questionId?: string;
    }
  | { name: 'explain'; caseId: string; conversationId: string; cardId?: string };

/** The PIP's screens: the builder, the versions (compare), and a version's letter or picture plan to print. */
export type PipView = 'plan' | 'versions' | 'letter' | 'picture';
const PIP_VIEWS: readonly PipView[] = ['plan', 'versions', 'letter', 'picture'];

const enc = encodeURIComponent;

export const routeToHash = (route: Route): string => {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'backoffice':
      return route.section ? `#/backoffice/${route.section}` : '#/backoffice';
    case 'case':
      return `#/case/${enc(route.caseId)}`;
    case 'pip':
      return `#/case/${enc(route.caseId)}/pip/${route.view}${route.versionId ? `/${enc(route.versionId)}` : ''}`;
    case 'talk':
      return `#/case/${enc(route.caseId)}/talk/${enc(route.conversationId)}/${route.step}`;
    case 'explain':
      return `#/case/${enc(route.caseId)}/talk/${enc(route.conversationId)}/explain${route.cardId ? `/${enc(route.cardId)}` : ''}`;
    case 'question':
      return `#/case/${enc(route.caseId)}/talk/${enc(route.conversationId)}/domain/${enc(route.domainId)}${route.questionId ? `/${enc(route.questionId)}` : ''}`;
  }
};

export const hashToRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, caseId, talk, conversationId, step, domainId, questionId] = parts;
  if (first === 'settings') return { name: 'settings' };
  if (first === 'backoffice') {
    const section = BACKOFFICE_SECTIONS.find((s) => s === caseId);
    return section ? { name: 'backoffice', section } : { name: 'backoffice' };
  }
  if (first !== 'case' || !caseId) return { name: 'home' };
  if (talk === 'pip') {
    const view = PIP_VIEWS.find((v) => v === conversationId) ?? 'plan';
    return { name: 'pip', caseId, view, ...(step && view !== 'plan' ? { versionId: step } : {}) };
  }
  if (talk !== 'talk' || !conversationId) return { name: 'case', caseId };
  if (step === 'explain')
    return { name: 'explain', caseId, conversationId, ...(domainId ? { cardId: domainId } : {}) };
  if (step === 'domain' && domainId) {
    return {
      name: 'question',
      caseId,
      conversationId,
      domainId,
      ...(questionId ? { questionId } : {}),
    };
  }
  return {
    name: 'talk',
    caseId,
    conversationId,
    step: step === 'topics' || step === 'end' ? step : 'language',
  };
};

/** Screens the inburgeraar looks at: the UI speaks his language there, and updates wait. */
export const isConversationRoute = (
  route: Route,
): route is Extract<Route, { conversationId: string }> =>
  route.name === 'talk' || route.name === 'question' || route.name === 'explain';
