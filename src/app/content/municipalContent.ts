// The municipality's content as the app uses it: held in memory from the tablet's store, laid over the texts
// (i18n overlay), the legal figures and the locale review marks; components read it through useMunicipalContent.
import { useSyncExternalStore } from 'react';
import { FACTS } from '../../content/explanations/facts';
import type { ExplanationCard, Fact, FactId } from '../../content/explanations/types';
import {
  cardWithOwnSource,
  factWithOwn,
  localeReview,
  ownTexts,
  partnersOf,
  type ContentRow,
  type Partner,
  type Review,
} from '../../domain/municipalContent';
import { setOwnTexts } from '../i18n/overlay';

let rows: readonly ContentRow[] = [];
let version = 0;
const listeners = new Set<() => void>();

/** Takes the content the tablet holds (at start and after every sync that brought a new revision). */
export const setMunicipalContent = (next: readonly ContentRow[]): void => {
  rows = next;
  version++;
  setOwnTexts(ownTexts(next));
  for (const listener of listeners) listener();
};

/** The legal figure as the municipality checked it, or the built-in one. */
export const currentFact = (id: FactId): Fact => factWithOwn(FACTS[id], rows);

/** The card with the source the municipality checked, or as built in. */
export const currentCard = (card: ExplanationCard): ExplanationCard =>
  cardWithOwnSource(card, rows);

/** The municipality's review of a whole locale, if it made one. */
export const municipalLocaleReview = (language: string): Review | undefined =>
  localeReview(rows, language);

export const currentPartners = (): Partner[] => partnersOf(rows);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Re-renders when the municipality's content changes; returns a number that changes with it. */
export const useMunicipalContent = (): number =>
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
