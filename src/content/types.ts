// Types of the question catalog. All visible text is an i18n key in the `content` namespace.

export type AnswerKind =
  | 'single-tile'
  | 'multi-tile'
  | 'yes-no-unsure'
  | 'faces-scale'
  | 'number'
  | 'year'
  | 'own-words'
  | 'drawing';

export type Sensitivity = 'normal' | 'sensitive';
export type Answerer = 'inburgeraar' | 'consultant';

export interface Tile {
  id: string;
  /** Key in the pictogram map (src/content/pictograms.ts). */
  pictogram: string;
  /** i18n key of the tile label. */
  labelKey: string;
}

export interface FollowUp {
  /** Ask `questionId` only when the answer includes one of these tile ids. */
  whenTiles: string[];
  questionId: string;
}

export interface Question {
  id: string;
  domainId: string;
  kind: AnswerKind;
  /** i18n key of the question text. */
  textKey: string;
  /** i18n key of a simpler wording, shown after "I don't understand". */
  simpleKey?: string;
  pictogram: string;
  tiles: Tile[];
  followUps: FollowUp[];
  sensitivity: Sensitivity;
  answeredBy: Answerer;
  /** The PIP field this answer feeds (dot path, e.g. "needs.childcare"). */
  pipField?: string;
  /** For number questions: the allowed range. */
  min?: number;
  max?: number;
}

export interface Domain {
  id: string;
  titleKey: string;
  pictogram: string;
  questions: Question[];
}
