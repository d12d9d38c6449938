// Domain "What I like to do": free time, sport, faith and community, helping others, a drawing of the day.
import { question, tile } from '../build';
import type { Domain } from '../types';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('interests', id, spec);

export const interests: Domain = {
  id: 'interests',
  titleKey: 'domain.interests',
  pictogram: 'hobbies',
  questions: [
    q('activities', {
      kind: 'multi-tile',
      pictogram: 'hobbies',
      simple: true,
      tiles: [
        tile('like-sport', 'soccerBall'),
        tile('like-music', 'music'),
        tile('like-cooking', 'cooking'),
        tile('like-gardening', 'pottedPlant'),
        tile('like-handicraft', 'yarn'),
        tile('like-reading', 'book'),
      ],
      followUps: [{ whenTiles: ['like-sport'], questionId: 'interests.sports' }],
      pipField: 'profile.interests',
    }),
    q('sports', {
      kind: 'multi-tile',
      pictogram: 'soccerBall',
      tiles: [
        tile('sport-football', 'soccerBall'),
        tile('sport-running', 'running'),
        tile('sport-swimming', 'swimming'),
        tile('sport-fitness', 'liftingWeights'),
        tile('sport-cycling', 'cycling'),
        tile('sport-yoga', 'lotus'),
      ],
      pipField: 'profile.interests',
    }),
    q('activities-more', {
      kind: 'multi-tile',
      pictogram: 'hobbies',
      tiles: [
        tile('like-faith', 'placeOfWorship'),
        tile('like-helping', 'heartHands'),
        tile('like-walking', 'walking'),
        tile('like-games', 'chessPawn'),
        tile('like-nature', 'tree'),
        tile('like-friends', 'hotBeverage'),
      ],
      pipField: 'profile.interests',
    }),
    q('swim', { kind: 'yes-no-unsure', pictogram: 'swimming', pipField: 'profile.skills' }),
    q('company', {
      kind: 'single-tile',
      pictogram: 'peopleHoldingHands',
      tiles: [
        tile('together', 'peopleHoldingHands'),
        tile('alone', 'personAlone'),
        tile('both-fine', 'thumbsUp'),
      ],
      pipField: 'profile.interests',
    }),
    q('free-time', {
      kind: 'yes-no-unsure',
      pictogram: 'hotBeverage',
      pipField: 'profile.interests',
    }),
    q('club', {
      kind: 'yes-no-unsure',
      pictogram: 'group',
      simple: true,
      pipField: 'needs.participation',
    }),
    q('draw-day', {
      kind: 'drawing',
      pictogram: 'pencil',
      simple: true,
      pipField: 'profile.daily',
    }),
  ],
};
