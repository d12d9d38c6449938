// Tests that every route survives a round trip through the location hash.
import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from './route';

describe('route hash', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'settings' },
    { name: 'backoffice' },
    { name: 'backoffice', section: 'figures' },
    { name: 'backoffice', section: 'people' },
    { name: 'case', caseId: 'a b' },
    { name: 'talk', caseId: 'c', conversationId: 'v', step: 'topics' },
    { name: 'talk', caseId: 'c', conversationId: 'v', step: 'end' },
    {
      name: 'question',
      caseId: 'c',
      conversationId: 'v',
      domainId: 'family',
      questionId: 'family.partner',
    },
    { name: 'question', caseId: 'c', conversationId: 'v', domainId: 'family' },
    { name: 'explain', caseId: 'c', conversationId: 'v' },
    { name: 'explain', caseId: 'c', conversationId: 'v', cardId: 'leerroutes' },
    { name: 'pip', caseId: 'c', view: 'plan' },
    { name: 'pip', caseId: 'c', view: 'versions' },
    { name: 'pip', caseId: 'c', view: 'letter', versionId: 'v 1' },
    { name: 'pip', caseId: 'c', view: 'picture', versionId: 'v1' },
  ];
  it.each(routes)('round-trips %o', (route) => {
    expect(hashToRoute(routeToHash(route))).toEqual(route);
  });
  it('falls back to home for unknown hashes', () => {
    expect(hashToRoute('#/nonsense')).toEqual({ name: 'home' });
  });
});
