// Types of the explanation cards. All text the inburgeraar sees is an i18n key in the `explain` namespace;
// sources and review data are for the consultant and the municipality, in Dutch.
import type { PictogramName } from '../pictograms';
import type { WantedPictogram } from './pictograms';

/**
 * A pictogram that is in the bundled set, or one we would rather show once it is bundled
 * (see WANTED_PICTOGRAMS), with a bundled fallback until then.
 */
export type Picto = PictogramName | { want: WantedPictogram; fallback: PictogramName };

/** Where a statement comes from: a law article, an official page, or both. */
export interface Source {
  /** Title as it is cited, e.g. "Wet inburgering 2021". */
  title: string;
  /** Article, e.g. "art. 11, eerste lid". */
  article?: string;
  url?: string;
}

/** Review state of legal content: the municipality checks it and signs it off. */
export interface ContentReview {
  status: 'draft' | 'reviewed';
  /** ISO date (YYYY-MM-DD) on which the statement was last checked against its source. */
  checkedAt: string;
  /** Who checked it; null while nobody at the municipality has. */
  checkedBy: string | null;
  /** What is known to be uncertain, for the reviewer. */
  note?: string;
}

/** A figure that changes with the law (a term, an amount): kept out of the texts, with its own source. */
export interface Fact {
  id: FactId;
  value: number;
  unit: 'year' | 'month' | 'week' | 'euro';
  source: Source;
  review: ContentReview;
}

export type FactId =
  'inburgeringstermijnYears' | 'ontzorgenMonths' | 'intakeFineEuro' | 'pipWithinWeeks';

export interface Panel {
  pictogram: Picto;
  /** i18n key (namespace `explain`) of the one sentence of this panel. */
  textKey: string;
  /** Interpolation variables of the sentence, filled from facts: {{years}} → inburgeringstermijnYears. */
  facts?: Partial<Record<string, FactId>>;
  /** i18n key of a small note under the sentence (e.g. "amounts change"), shown with the fact's check date. */
  noteKey?: string;
}

export interface TeachBackOption {
  id: string;
  pictogram: Picto;
  labelKey: string;
  correct: boolean;
}

/** "Which picture shows …?": 2–4 picture options, exactly one correct. */
export interface TeachBack {
  questionKey: string;
  facts?: Partial<Record<string, FactId>>;
  options: TeachBackOption[];
}

export interface ExplanationCard {
  id: string;
  titleKey: string;
  pictogram: Picto;
  /** 3–5 panels, one sentence each. */
  panels: Panel[];
  teachBack: TeachBack;
  /** The main source of the card. */
  source: Source;
  /** Further sources the reviewer can check. */
  alsoSee?: Source[];
  /** i18n key of a line for the consultant only (who the card is for), Dutch in the case page. */
  consultantNoteKey?: string;
  review: ContentReview;
}
