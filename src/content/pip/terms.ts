// The terms the Wet inburgering 2021 sets around the PIP, with their sources (status: draft — the
// municipality's legal adviser reviews them; amounts and terms can change, so they live in content).

export const PIP_TERMS = {
  /** The PIP is set within ten weeks of the registration in the municipality. */
  pipWithinWeeks: {
    value: 10,
    source: 'Wet inburgering 2021 (BWBR0044770) en Besluit inburgering 2021: het PIP binnen tien weken na de inschrijving in de gemeente',
  },
  /** The inburgeringstermijn: three years from the PIP's date (extendable). */
  termYears: {
    value: 3,
    source: 'Wet inburgering 2021 (BWBR0044770): inburgeringstermijn van drie jaar, te verlengen',
  },
  /** The app warns this many days before a deadline (SCREENS.md: amber under two weeks). */
  warnDaysAhead: { value: 14, source: 'Samenspraak, SCREENS.md: amber onder twee weken' },
} as const;
