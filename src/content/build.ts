// Small builders that keep catalog files short: i18n keys follow from ids.
import type { Answerer, AnswerKind, FollowUp, Question, Sensitivity, Tile } from './types';
import type { PictogramName } from './pictograms';

export const tile = (id: string, pictogram: PictogramName): Tile => ({
  id,
  pictogram,
  labelKey: `tile.${id}`,
});

export const YES_NO_UNSURE: Tile[] = [
  tile('yes', 'yes'),
  tile('no', 'no'),
  tile('unsure', 'unsure'),
];

export const FACES: Tile[] = [
  tile('face-good', 'faceGood'),
  tile('face-neutral', 'faceNeutral'),
  tile('face-worried', 'faceWorried'),
];

const defaultTiles = (kind: AnswerKind): Tile[] =>
  kind === 'yes-no-unsure' ? YES_NO_UNSURE : kind === 'faces-scale' ? FACES : [];

interface QuestionSpec {
  kind: AnswerKind;
  pictogram: PictogramName;
  tiles?: Tile[];
  followUps?: FollowUp[];
  sensitivity?: Sensitivity;
  answeredBy?: Answerer;
  pipField?: string;
  simple?: boolean;
  min?: number;
  max?: number;
}

export const question = (domainId: string, localId: string, spec: QuestionSpec): Question => {
  const id = `${domainId}.${localId}`;
  return {
    id,
    domainId,
    kind: spec.kind,
    textKey: `question.${domainId}.${localId}.text`,
    ...(spec.simple ? { simpleKey: `question.${domainId}.${localId}.simple` } : {}),
    pictogram: spec.pictogram,
    tiles: spec.tiles ?? defaultTiles(spec.kind),
    followUps: spec.followUps ?? [],
    sensitivity: spec.sensitivity ?? 'normal',
    answeredBy: spec.answeredBy ?? 'inburgeraar',
    ...(spec.pipField ? { pipField: spec.pipField } : {}),
    ...(spec.min !== undefined ? { min: spec.min } : {}),
    ...(spec.max !== undefined ? { max: spec.max } : {}),
  };
};
