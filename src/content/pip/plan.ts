// What a PIP holds, as content: the topics of "basis op orde" with the intake fields that feed them, who can
// act in an agreement, the kinds of steps towards his perspective, and the legal texts of the beschikking,
// each with its source. status: draft — the municipality's legal adviser reviews the letter's wording.
import { FACTS } from '../explanations/facts';
import type { PictogramName } from '../pictograms';
import type { Sourced } from './leerroutes';

export interface BasisTopic {
  id: string;
  pictogram: PictogramName;
  /** The intake's `pipField`s whose answers the builder shows beside this topic. */
  fields: readonly string[];
}

/** Basis op orde (DOMAIN.md): bestaanszekerheid, health, family — first, before language and work. */
export const BASIS_TOPICS: readonly BasisTopic[] = [
  { id: 'income', pictogram: 'money', fields: ['basis.income', 'basis.fixedCosts'] },
  { id: 'toeslagen', pictogram: 'receipt', fields: ['basis.benefits'] },
  { id: 'insurance', pictogram: 'shield', fields: ['basis.insurance'] },
  { id: 'housing', pictogram: 'home', fields: ['basis.housing', 'needs.housing'] },
  { id: 'bankAccount', pictogram: 'creditCard', fields: ['basis.bankAccount'] },
  { id: 'debts', pictogram: 'moneyWings', fields: ['basis.debts', 'needs.finance'] },
  {
    id: 'health',
    pictogram: 'health',
    fields: [
      'basis.health',
      'basis.mentalHealth',
      'needs.health',
      'needs.huisarts',
      'needs.mentalHealth',
    ],
  },
  {
    id: 'children',
    pictogram: 'parentsWithChild',
    fields: ['profile.household', 'needs.school', 'needs.vve'],
  },
  { id: 'kinderopvang', pictogram: 'childcare', fields: ['needs.kinderopvang'] },
];

export const BASIS_STATUSES = ['ok', 'busy', 'todo'] as const;
export type BasisStatus = (typeof BASIS_STATUSES)[number];

/** Who does something in an agreement (issue 13: municipality, inburgeraar, and the partners around him). */
export const ACTORS = {
  inburgeraar: 'personAlone',
  gemeente: 'government',
  taalaanbieder: 'school',
  vluchtelingenwerk: 'heartHands',
  wijkteam: 'peopleHoldingHands',
  taalcoach: 'peopleDialogue',
  maatje: 'handshake',
} as const satisfies Record<string, PictogramName>;
export type Actor = keyof typeof ACTORS;
export const ACTOR_IDS = Object.keys(ACTORS) as Actor[];

/** Ambitie × mogelijkheden: what the intake said about his wishes (perspective) and his possibilities (what he can). */
export const PERSPECTIVE_FIELDS: readonly string[] = [
  'perspective.dream',
  'perspective.priority',
  'perspective.work',
  'perspective.study',
  'perspective.proefdag',
  'perspective.volunteering',
  'perspective.orientation',
  'perspective.availability',
  'profile.education',
  'profile.diplomas',
  'profile.workExperience',
  'profile.skills',
  'profile.interests',
];

/** Steps from ambition and possibilities towards the perspective ("maak een realistisch plan, maar blijf dromen"). */
export const STEP_KINDS = {
  study: 'graduationCap',
  work: 'briefcase',
  proefdag: 'door',
  volunteering: 'heartHands',
  course: 'book',
} as const satisfies Record<string, PictogramName>;
export type StepKind = keyof typeof STEP_KINDS;
export const STEP_KIND_IDS = Object.keys(STEP_KINDS) as StepKind[];

/** Needs from the intake that usually lead to an agreement, with the pictogram the picture plan shows. */
export const NEED_PICTOGRAMS: Record<string, PictogramName> = {
  'needs.kinderopvang': 'childcare',
  'needs.taalcoach': 'peopleDialogue',
  'needs.maatje': 'handshake',
  'needs.gezinshereniging': 'family',
  'needs.housing': 'home',
  'needs.finance': 'money',
  'needs.health': 'health',
  'needs.mentalHealth': 'lotus',
  'needs.work': 'briefcase',
  'needs.digital': 'laptop',
  'needs.mobility': 'bicycle',
};

/** Why a new version of the beschikking is made. */
export const VERSION_REASONS = [
  'first',
  'voortgang',
  'schakelen',
  'afschalen',
  'verhuizing',
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** The legal texts and limits the beschikking and its changes rest on. */
export const BESCHIKKING_RULES = {
  /** Schakelen to another leerroute is possible within this many months of the term's start. */
  schakelenWithinMonths: {
    value: 18,
    source:
      'Wet inburgering 2021 / Besluit inburgering 2021: schakelen tussen leerroutes binnen 18 maanden na aanvang van de inburgeringstermijn (artikelnummer nog na te kijken; draft)',
  } satisfies Sourced<number>,
  /** Bezwaar: six weeks from the day after the decision was sent. */
  bezwaarWeeks: {
    value: 6,
    source:
      'Algemene wet bestuursrecht (BWBR0005537), art. 6:7 en 6:8: de termijn voor bezwaar is zes weken',
  } satisfies Sourced<number>,
  /** Ontzorgen: at least this many months, for asielstatushouders with bijstand only. */
  ontzorgenMinMonths: {
    value: FACTS.ontzorgenMonths.value,
    source: `${FACTS.ontzorgenMonths.source.title}, ${FACTS.ontzorgenMonths.source.article}`,
  } satisfies Sourced<number>,
  /** The PIP is a beschikking open to bezwaar and beroep. */
  pipIsBeschikking: {
    value: true,
    source:
      'Wet inburgering 2021 (BWBR0044770): het college stelt het PIP vast bij beschikking (artikelnummer nog na te kijken; draft)',
  } satisfies Sourced<boolean>,
} as const;
