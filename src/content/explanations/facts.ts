// Figures that change with the law or with policy. The texts only hold {{placeholders}}; the values,
// their sources and the date they were last checked live here, so the municipality can review them.
import type { Fact, FactId, Source } from './types';

export const WET_INBURGERING_2021: Source = {
  title: 'Wet inburgering 2021',
  url: 'https://wetten.overheid.nl/BWBR0044770',
};

export const BESLUIT_INBURGERING_2021: Source = {
  title: 'Besluit inburgering 2021',
  url: 'https://wetten.overheid.nl/BWBR0045555',
};

export const PARTICIPATIEWET: Source = {
  title: 'Participatiewet',
  url: 'https://wetten.overheid.nl/BWBR0015703',
};

const DEV_CHECK =
  'Nagekeken door het ontwikkelteam aan de bron hieronder; nog niet juridisch getoetst door de gemeente.';

export const FACTS: Readonly<Record<FactId, Fact>> = {
  inburgeringstermijnYears: {
    id: 'inburgeringstermijnYears',
    value: 3,
    unit: 'year',
    source: { ...WET_INBURGERING_2021, article: 'art. 11, eerste en tweede lid' },
    review: {
      status: 'draft',
      checkedAt: '2026-11-23',
      checkedBy: null,
      note: `${DEV_CHECK} De termijn begint op de dag na de dagtekening van het PIP (art. 11, tweede lid).`,
    },
  },
  pipWithinWeeks: {
    id: 'pipWithinWeeks',
    value: 10,
    unit: 'week',
    source: {
      ...WET_INBURGERING_2021,
      article: 'PIP binnen tien weken na de inschrijving (artikelnummer nog na te kijken)',
    },
    review: {
      status: 'draft',
      checkedAt: '2026-12-04',
      checkedBy: null,
      note: `${DEV_CHECK} Tien weken volgens de domeinbeschrijving en de bronnen van het project; het artikel is nog niet aan de wettekst nagekeken.`,
    },
  },
  ontzorgenMonths: {
    id: 'ontzorgenMonths',
    value: 6,
    unit: 'month',
    source: { ...PARTICIPATIEWET, article: 'art. 56a' },
    review: {
      status: 'draft',
      checkedAt: '2026-11-23',
      checkedBy: null,
      note: `${DEV_CHECK} Zes maanden vanaf het recht op bijstand, alleen voor asielstatushouders met bijstand; de gemeente kan langer ontzorgen. Controleer de actuele tekst en het lokale beleid.`,
    },
  },
  intakeFineEuro: {
    id: 'intakeFineEuro',
    value: 250,
    unit: 'euro',
    source: {
      ...BESLUIT_INBURGERING_2021,
      article: 'handhaving brede intake (artikelnummer nog na te kijken)',
    },
    review: {
      status: 'draft',
      checkedAt: '2026-11-23',
      checkedBy: null,
      note:
        'Boete als de inburgeringsplichtige na de tweede oproep voor de brede intake niet reageert (bron: nt2.nl-dossier "De brede intake"). ' +
        'Bedrag en artikel nog niet aan de tekst van het Besluit nagekeken. Bedragen veranderen: controleer vóór gebruik.',
    },
  },
};

export const factOf = (id: FactId): Fact => FACTS[id];

/** The interpolation values of a panel or question: {{years}} → 3. */
export const factValues = (
  facts: Partial<Record<string, FactId>> | undefined,
): Record<string, number> =>
  Object.fromEntries(
    Object.entries(facts ?? {}).flatMap(([name, id]) =>
      id ? [[name, FACTS[id].value] as const] : [],
    ),
  );

/** The facts used by a panel or question, for their source and check date. */
export const factsUsed = (facts: Partial<Record<string, FactId>> | undefined): Fact[] =>
  Object.values(facts ?? {}).flatMap((id) => (id ? [FACTS[id]] : []));
