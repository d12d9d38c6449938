// The three leerroutes of the Wet inburgering 2021 and the thresholds the app's route advice uses, each with
// its source. The advice is a starting point for the consultant, who decides (and says why when she deviates).
// status: draft — the thresholds are the municipality's working agreements; its legal adviser reviews them.

export const LEERROUTES = ['b1', 'onderwijs', 'z'] as const;
export type Leerroute = (typeof LEERROUTES)[number];

export interface Sourced<T> {
  value: T;
  source: string;
}

/** What each route is, in the law. */
export const LEERROUTE_SOURCES: Record<Leerroute, string> = {
  b1: 'Wet inburgering 2021 (BWBR0044770), art. 7: de B1-route — Nederlands op B1, gecombineerd met werk of participatie',
  onderwijs:
    'Wet inburgering 2021 (BWBR0044770), art. 8: de onderwijsroute — voorbereiding op Nederlands onderwijs (taalschakeltraject)',
  z: 'Wet inburgering 2021 (BWBR0044770), art. 9: de zelfredzaamheidsroute — taal, zelfredzaamheid en participatie waar B1 niet haalbaar is',
};

/** The result of the leerbaarheidstoets as the consultant records it. */
export const LEERBAARHEID_RESULTS = ['b1-haalbaar', 'grensgebied', 'b1-niet-haalbaar'] as const;
export type LeerbaarheidResult = (typeof LEERBAARHEID_RESULTS)[number];

export const LEERROUTE_THRESHOLDS = {
  /** Up to this age the onderwijsroute is considered (it prepares for mbo, hbo or wo). */
  onderwijsMaxAge: {
    value: 28,
    source:
      'Rijksoverheid, Inburgering: de onderwijsroute is vooral bedoeld voor jongeren tot ongeveer 28 jaar (werkafspraak, draft)',
  } satisfies Sourced<number>,
  /** Fewer school years than this, together with not reading the own language, points towards the Z-route. */
  fewSchoolYears: {
    value: 4,
    source:
      'Werkafspraak gemeente (draft): weinig schooljaren en niet lezen in de eigen taal wijzen op alfabetisering eerst',
  } satisfies Sourced<number>,
  /** At least this many school years (or secondary education) count as a basis for the onderwijsroute. */
  onderwijsSchoolYears: {
    value: 10,
    source: 'Werkafspraak gemeente (draft): vooropleiding op het niveau van voortgezet onderwijs',
  } satisfies Sourced<number>,
} as const;
