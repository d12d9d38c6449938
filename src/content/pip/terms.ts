// The terms the Wet inburgering 2021 sets around the PIP. The numbers are the explanation cards' facts (one
// source for what the inburgeraar is told and what the app computes); the warning is the app's own choice.
import { FACTS } from '../explanations/facts';

export const PIP_TERMS = {
  /** The PIP is set within ten weeks of the registration in the municipality. */
  pipWithinWeeks: FACTS.pipWithinWeeks,
  /** The inburgeringstermijn: three years, beginning the day after the PIP's date (art. 11). */
  termYears: FACTS.inburgeringstermijnYears,
  /** The app warns this many days before a deadline (SCREENS.md: amber under two weeks). */
  warnDaysAhead: { value: 14, source: 'Samenspraak, SCREENS.md: amber onder twee weken' },
} as const;
