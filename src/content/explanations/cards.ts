// The explanation cards: rights and duties, in 3–5 pictures with one short sentence each, then a teach-back.
// Keys follow from ids: card.<id>.title, card.<id>.p1…p5, card.<id>.check.question, card.<id>.check.<option>.
import { BESLUIT_INBURGERING_2021, PARTICIPATIEWET, WET_INBURGERING_2021 } from './facts';
import { want } from './pictograms';
import type { ContentReview, ExplanationCard, FactId, Picto, Source } from './types';

interface PanelSpec {
  pictogram: Picto;
  facts?: Partial<Record<string, FactId>>;
  /** Local name of a note key: note.<name>. */
  note?: string;
}

interface OptionSpec {
  id: string;
  pictogram: Picto;
  correct?: boolean;
}

interface CardSpec {
  pictogram: Picto;
  panels: PanelSpec[];
  check: { options: OptionSpec[]; facts?: Partial<Record<string, FactId>> };
  source: Source;
  alsoSee?: Source[];
  consultantNote?: boolean;
  reviewNote?: string;
}

const DRAFT = (note?: string): ContentReview => ({
  status: 'draft',
  checkedAt: '2026-11-23',
  checkedBy: null,
  ...(note ? { note } : {}),
});

const card = (id: string, spec: CardSpec): ExplanationCard => ({
  id,
  titleKey: `card.${id}.title`,
  pictogram: spec.pictogram,
  panels: spec.panels.map((p, i) => ({
    pictogram: p.pictogram,
    textKey: `card.${id}.p${i + 1}`,
    ...(p.facts ? { facts: p.facts } : {}),
    ...(p.note ? { noteKey: `note.${p.note}` } : {}),
  })),
  teachBack: {
    questionKey: `card.${id}.check.question`,
    ...(spec.check.facts ? { facts: spec.check.facts } : {}),
    options: spec.check.options.map((o) => ({
      id: o.id,
      pictogram: o.pictogram,
      labelKey: `card.${id}.check.${o.id}`,
      correct: o.correct === true,
    })),
  },
  source: spec.source,
  ...(spec.alsoSee ? { alsoSee: spec.alsoSee } : {}),
  ...(spec.consultantNote ? { consultantNoteKey: `card.${id}.forConsultant` } : {}),
  review: DRAFT(spec.reviewNote),
});

const INBURGEREN_NL: Source = { title: 'Inburgeren.nl (DUO)', url: 'https://www.inburgeren.nl' };
const RIJKSOVERHEID_INBURGERING: Source = {
  title: 'Rijksoverheid: Inburgering in Nederland',
  url: 'https://www.rijksoverheid.nl/onderwerpen/inburgering-in-nederland',
};
const MVT_WI2021: Source = {
  title: 'Memorie van toelichting Wet inburgering 2021, Kamerstuk 35 483, nr. 3',
  url: 'https://www.tweedekamer.nl/kamerstukken/detail?did=2020D22004&id=2020Z10150',
};
const DIVOSA_BREDE_INTAKE: Source = {
  title: 'Divosa: Handreiking Brede intake en PIP',
  url: 'https://www.divosa.nl/handreiking-brede-intake-en-pip',
};
const NT2_BREDE_INTAKE: Source = {
  title: 'NT2.nl dossier De nieuwe Wet inburgering: De brede intake',
  url: 'https://www.nt2.nl/nl/dossier/de-nieuwe-wet-inburgering-/de-brede-intake',
};
const SCHULINCK_ONTZORGEN: Source = {
  title: 'Schulinck: Ontzorgen van inburgeringsplichtige asielstatushouders met recht op bijstand',
  url: 'https://schulinck.nl/opinie/ontzorgen-van-inburgeringsplichtige-asielstatushouders-met-recht-op-bijstand',
};

export const EXPLANATION_CARDS: readonly ExplanationCard[] = [
  card('inburgeringsplicht', {
    pictogram: 'school',
    panels: [
      { pictogram: 'school' },
      { pictogram: want('books', 'globe') },
      { pictogram: 'briefcase' },
      { pictogram: 'handshake' },
      { pictogram: 'conversation' },
    ],
    check: {
      options: [
        { id: 'dutch', pictogram: 'school', correct: true },
        { id: 'drawing', pictogram: 'hobbies' },
        { id: 'driving', pictogram: want('car', 'walking') },
      ],
    },
    source: { ...WET_INBURGERING_2021, article: 'art. 6 (inhoud van de inburgeringsplicht)' },
    alsoSee: [RIJKSOVERHEID_INBURGERING, INBURGEREN_NL],
  }),
  card('termijn', {
    pictogram: want('calendar', 'later'),
    panels: [
      { pictogram: want('calendar', 'later'), facts: { years: 'inburgeringstermijnYears' } },
      { pictogram: 'handshake' },
      { pictogram: want('clipboard', 'future') },
      { pictogram: 'health' },
      { pictogram: 'speakingHead' },
    ],
    check: {
      facts: { years: 'inburgeringstermijnYears' },
      options: [
        { id: 'pip', pictogram: want('clipboard', 'future'), correct: true },
        { id: 'arrival', pictogram: 'globe' },
        { id: 'house', pictogram: 'home' },
      ],
    },
    source: { ...WET_INBURGERING_2021, article: 'art. 11 (duur en aanvang van de termijn)' },
    alsoSee: [INBURGEREN_NL],
    reviewNote:
      'Panel 4 (meer tijd bij bijvoorbeeld ziekte): de wet kent verlenging van de termijn; het artikel en de voorwaarden zijn nog niet nagekeken.',
  }),
  card('gemeente', {
    pictogram: want('government', 'handshake'),
    panels: [
      { pictogram: want('government', 'handshake') },
      { pictogram: 'conversation' },
      { pictogram: want('clipboard', 'future') },
      { pictogram: 'school' },
      { pictogram: 'people' },
    ],
    check: {
      options: [
        { id: 'plan', pictogram: want('clipboard', 'future'), correct: true },
        { id: 'passport', pictogram: want('idCard', 'lock') },
        { id: 'money', pictogram: 'money' },
      ],
    },
    source: {
      ...WET_INBURGERING_2021,
      article: 'art. 14 (brede intake) en art. 15 (persoonlijk plan inburgering en participatie)',
    },
    alsoSee: [DIVOSA_BREDE_INTAKE, MVT_WI2021],
    consultantNote: true,
    reviewNote:
      'Panel 4: de gemeente verzorgt en betaalt het inburgeringsaanbod voor asielstatushouders; gezinsmigranten regelen en betalen hun lessen meestal zelf.',
  }),
  card('participatiewet', {
    pictogram: 'money',
    panels: [
      { pictogram: 'money' },
      { pictogram: 'search' },
      { pictogram: 'handshake' },
      { pictogram: 'speakingHead' },
      { pictogram: 'faceWorried' },
    ],
    check: {
      options: [
        { id: 'tell', pictogram: 'speakingHead', correct: true },
        { id: 'silent', pictogram: 'preferNot' },
      ],
    },
    source: {
      ...PARTICIPATIEWET,
      article:
        'art. 9 (arbeidsverplichtingen en tegenprestatie), art. 17 (inlichtingenplicht), art. 18 (verlagen van de bijstand)',
    },
    alsoSee: [
      {
        title: 'Rijksoverheid: Bijstand',
        url: 'https://www.rijksoverheid.nl/onderwerpen/bijstand',
      },
    ],
    reviewNote:
      'Gemeenten verschillen in hoe zij de tegenprestatie en de arbeidsverplichtingen toepassen tijdens de inburgering.',
  }),
  card('leerroutes', {
    pictogram: want('compass', 'search'),
    panels: [
      { pictogram: want('compass', 'search') },
      { pictogram: 'briefcase' },
      { pictogram: 'student' },
      { pictogram: 'home' },
      { pictogram: 'conversation' },
    ],
    check: {
      options: [
        { id: 'school', pictogram: 'student', correct: true },
        { id: 'work', pictogram: 'briefcase' },
        { id: 'self', pictogram: 'home' },
      ],
    },
    source: {
      ...WET_INBURGERING_2021,
      article: 'art. 7 (leerroutes: B1-route, onderwijsroute, Z-route)',
    },
    alsoSee: [MVT_WI2021, INBURGEREN_NL],
  }),
  card('knm-map-pvt', {
    pictogram: want('books', 'globe'),
    panels: [
      { pictogram: want('books', 'globe') },
      { pictogram: 'briefcase' },
      { pictogram: 'handshake' },
      { pictogram: want('writingHand', 'yes') },
    ],
    check: {
      options: [
        { id: 'work', pictogram: 'briefcase', correct: true },
        { id: 'doctor', pictogram: 'health' },
        { id: 'values', pictogram: 'handshake' },
      ],
    },
    source: {
      ...WET_INBURGERING_2021,
      article: 'art. 6 (onderdelen van de inburgeringsplicht: leerroute met KNM, MAP, PVT)',
    },
    alsoSee: [MVT_WI2021, INBURGEREN_NL],
  }),
  card('ontzorgen', {
    pictogram: 'money',
    panels: [
      { pictogram: 'money', facts: { months: 'ontzorgenMonths' } },
      { pictogram: 'home' },
      { pictogram: want('lightBulb', 'houses') },
      { pictogram: 'health' },
      { pictogram: want('receipt', 'faceGood') },
    ],
    check: {
      options: [
        { id: 'rent', pictogram: 'home', correct: true },
        { id: 'hobby', pictogram: 'hobbies' },
        { id: 'groceries', pictogram: want('shoppingCart', 'backpack') },
      ],
    },
    source: { ...PARTICIPATIEWET, article: 'art. 56a (ontzorgen)' },
    alsoSee: [SCHULINCK_ONTZORGEN, MVT_WI2021],
    consultantNote: true,
  }),
  card('boete', {
    pictogram: 'faceWorried',
    panels: [
      { pictogram: want('envelope', 'conversation') },
      { pictogram: 'faceWorried', facts: { amount: 'intakeFineEuro' }, note: 'amountsChange' },
      { pictogram: want('clipboard', 'future') },
      { pictogram: 'speakingHead' },
      { pictogram: 'handshake' },
    ],
    check: {
      options: [
        { id: 'tell', pictogram: 'speakingHead', correct: true },
        { id: 'stay-away', pictogram: 'walking' },
        { id: 'wait', pictogram: 'later' },
      ],
    },
    source: { ...BESLUIT_INBURGERING_2021, article: 'handhaving (bestuurlijke boete)' },
    alsoSee: [NT2_BREDE_INTAKE, { ...WET_INBURGERING_2021, article: 'handhaving' }],
    reviewNote:
      'Panel 3 (boete bij niet meewerken aan het PIP of niet op tijd voldoen): bedragen en artikelen nog niet nagekeken, daarom zonder bedrag.',
  }),
  card('alleen-praten', {
    pictogram: 'personAlone',
    panels: [
      { pictogram: 'personAlone' },
      { pictogram: 'people' },
      { pictogram: want('door', 'lock') },
      { pictogram: 'speakingHead' },
    ],
    check: {
      options: [
        { id: 'alone', pictogram: 'personAlone', correct: true },
        { id: 'family', pictogram: 'family' },
      ],
    },
    consultantNote: true,
    source: {
      ...BESLUIT_INBURGERING_2021,
      article:
        'brede intake: wijzen op het recht op een gesprek zonder partner of anderen (artikelnummer nog na te kijken)',
    },
    alsoSee: [NT2_BREDE_INTAKE, DIVOSA_BREDE_INTAKE],
  }),
  card('pip', {
    pictogram: 'clipboard',
    panels: [
      { pictogram: 'handshake' },
      { pictogram: want('calendar', 'later'), facts: { weeks: 'pipWithinWeeks' } },
      { pictogram: 'school' },
      { pictogram: 'future' },
      { pictogram: 'clipboard' },
    ],
    check: {
      options: [
        { id: 'together', pictogram: 'handshake', correct: true },
        { id: 'municipality', pictogram: 'houses' },
        { id: 'school', pictogram: 'school' },
      ],
    },
    source: {
      ...WET_INBURGERING_2021,
      article:
        'het persoonlijk plan inburgering en participatie (PIP), vast te stellen na de brede intake',
    },
    alsoSee: [DIVOSA_BREDE_INTAKE, RIJKSOVERHEID_INBURGERING],
    reviewNote:
      'Panel 5 (bezwaar en beroep): het PIP is een beschikking; de termijn voor bezwaar (zes weken, Awb art. 6:7) staat niet op de kaart.',
  }),
  card('vve', {
    pictogram: 'childcare',
    panels: [
      { pictogram: 'child' },
      { pictogram: 'childcare' },
      { pictogram: 'peopleDialogue' },
      { pictogram: 'thumbsUp' },
      { pictogram: 'speakingHead' },
    ],
    check: {
      options: [
        { id: 'play', pictogram: 'childcare', correct: true },
        { id: 'work', pictogram: 'work' },
        { id: 'money', pictogram: 'money' },
      ],
    },
    source: {
      ...BESLUIT_INBURGERING_2021,
      article:
        'brede intake: ouders informeren over voor- en vroegschoolse educatie (artikelnummer nog na te kijken)',
    },
    alsoSee: [DIVOSA_BREDE_INTAKE],
    consultantNote: true,
  }),
];
