// Domain "Family and household": partner, children, school, kinderopvang, gezinshereniging, care for others.
import { question, tile } from '../build';
import type { Domain } from '../types';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('family', id, spec);

export const family: Domain = {
  id: 'family',
  titleKey: 'domain.family',
  pictogram: 'family',
  questions: [
    q('partner', {
      kind: 'single-tile',
      pictogram: 'couple',
      simple: true,
      tiles: [
        tile('partner-here', 'couple'),
        tile('partner-abroad', 'airplane'),
        tile('no-partner', 'personAlone'),
      ],
      pipField: 'profile.household',
    }),
    q('children', {
      kind: 'yes-no-unsure',
      pictogram: 'parentsWithChild',
      followUps: [
        { whenTiles: ['yes'], questionId: 'family.children-count' },
        { whenTiles: ['yes'], questionId: 'family.children-ages' },
        { whenTiles: ['yes'], questionId: 'family.school' },
        { whenTiles: ['yes'], questionId: 'family.childcare' },
      ],
      pipField: 'profile.household',
    }),
    q('children-count', {
      kind: 'number',
      pictogram: 'child',
      min: 0,
      max: 20,
      pipField: 'profile.household',
    }),
    q('children-ages', {
      kind: 'multi-tile',
      pictogram: 'parentWithChild',
      simple: true,
      tiles: [
        tile('age-baby', 'baby'),
        tile('age-primary', 'child'),
        tile('age-secondary', 'student'),
        tile('age-adult', 'adult'),
      ],
      pipField: 'needs.vve',
    }),
    q('household', {
      kind: 'multi-tile',
      pictogram: 'home',
      tiles: [
        tile('alone', 'personAlone'),
        tile('with-partner', 'couple'),
        tile('with-children', 'parentsWithChild'),
        tile('with-parents', 'olderPerson'),
        tile('with-siblings', 'siblings'),
      ],
      pipField: 'profile.household',
    }),
    q('school', {
      kind: 'single-tile',
      pictogram: 'school',
      tiles: [
        tile('school-all', 'school'),
        tile('school-some', 'backpack'),
        tile('not-yet', 'later'),
        tile('school-none-of-age', 'baby'),
      ],
      pipField: 'needs.school',
    }),
    q('childcare', {
      kind: 'yes-no-unsure',
      pictogram: 'childcare',
      simple: true,
      pipField: 'needs.kinderopvang',
    }),
    q('reunification', {
      kind: 'yes-no-unsure',
      pictogram: 'airplane',
      simple: true,
      sensitivity: 'sensitive',
      pipField: 'needs.gezinshereniging',
    }),
    q('worries', {
      kind: 'faces-scale',
      pictogram: 'family',
      sensitivity: 'sensitive',
      pipField: 'needs.support',
    }),
    // Caring for a sick or elderly relative takes time that lessons and work also need.
    q('care-for-others', {
      kind: 'yes-no-unsure',
      pictogram: 'heartHands',
      simple: true,
      pipField: 'needs.mantelzorg',
    }),
  ],
};
