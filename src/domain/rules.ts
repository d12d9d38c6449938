// Rules of the Wet inburgering that the app computes: the PIP deadline, the inburgeringstermijn, and how urgent
// each is. The terms themselves are content with their sources (src/content/pip/terms.ts).
import { PIP_TERMS } from '../content/pip/terms';

/** The PIP must be set within ten weeks (of the registration in the municipality). */
export const PIP_TERM_WEEKS = PIP_TERMS.pipWithinWeeks.value;

const DAY_MS = 24 * 60 * 60 * 1000;

export const pipDeadline = (intakeStart: string, weeks = PIP_TERM_WEEKS): string =>
  new Date(Date.parse(intakeStart) + weeks * 7 * DAY_MS).toISOString();

export type DeadlineUrgency = 'calm' | 'soon' | 'overdue';

/** Amber under two weeks, red when overdue (SCREENS.md). */
export const deadlineUrgency = (deadline: string, now: string): DeadlineUrgency => {
  const left = Date.parse(deadline) - Date.parse(now);
  if (left < 0) return 'overdue';
  if (left < PIP_TERMS.warnDaysAhead.value * DAY_MS) return 'soon';
  return 'calm';
};

/**
 * The end of the inburgeringstermijn: it begins the day after the PIP's date (Wet inburgering 2021, art. 11)
 * and lasts three years.
 */
export const termijnEnd = (pipDate: string, years: number = PIP_TERMS.termYears.value): string => {
  const end = new Date(Date.parse(pipDate) + DAY_MS);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end.toISOString();
};

export interface CaseDeadline {
  kind: 'pip' | 'termijn';
  due: string;
  urgency: DeadlineUrgency;
  /** The PIP deadline counted from the intake's start, because the registration date is not known yet. */
  estimated?: boolean;
}

/**
 * The deadline that matters now: before the PIP is vastgesteld, the PIP's (from the registration date, or
 * estimated from the intake's start); once it is, the warning clears and the inburgeringstermijn counts.
 */
export const caseDeadline = (c: {
  registrationDate?: string;
  intakeStart?: string;
  pipVastgesteldAt?: string;
  now: string;
}): CaseDeadline | undefined => {
  if (c.pipVastgesteldAt) {
    const due = termijnEnd(c.pipVastgesteldAt);
    return { kind: 'termijn', due, urgency: deadlineUrgency(due, c.now) };
  }
  const from = c.registrationDate ?? c.intakeStart;
  if (!from) return undefined;
  const due = pipDeadline(from);
  return {
    kind: 'pip',
    due,
    urgency: deadlineUrgency(due, c.now),
    ...(c.registrationDate ? {} : { estimated: true }),
  };
};

export interface CaseDeadlines {
  /** The PIP's ten weeks: met once it is vastgesteld (then no warning). */
  pip: { due: string; urgency: DeadlineUrgency | 'met'; estimated?: boolean; metAt?: string };
  /** The three-year inburgeringstermijn, known once the PIP is vastgesteld. */
  termijn?: { due: string; urgency: DeadlineUrgency };
}

/** Both deadlines from the PIP's due day (as the case list stores it) and the day it was vastgesteld. */
export const deadlinesOf = (c: {
  pipDue: string;
  pipVastgesteldAt?: string;
  estimated?: boolean;
  now: string;
}): CaseDeadlines => {
  const estimated = c.estimated ? { estimated: true } : {};
  if (!c.pipVastgesteldAt)
    return { pip: { due: c.pipDue, urgency: deadlineUrgency(c.pipDue, c.now), ...estimated } };
  const termijn = termijnEnd(c.pipVastgesteldAt);
  return {
    pip: { due: c.pipDue, urgency: 'met', metAt: c.pipVastgesteldAt, ...estimated },
    termijn: { due: termijn, urgency: deadlineUrgency(termijn, c.now) },
  };
};

/** Both deadlines for the case page: the PIP's (cleared when vastgesteld) and the term's. */
export const caseDeadlines = (c: {
  registrationDate?: string;
  intakeStart: string;
  pipVastgesteldAt?: string;
  now: string;
}): CaseDeadlines => {
  const pip = caseDeadline({
    registrationDate: c.registrationDate,
    intakeStart: c.intakeStart,
    now: c.now,
  })!;
  return deadlinesOf({
    pipDue: pip.due,
    pipVastgesteldAt: c.pipVastgesteldAt,
    estimated: pip.estimated,
    now: c.now,
  });
};

/** Whole days from now until the deadline (negative when past). */
export const daysUntil = (deadline: string, now: string): number =>
  Math.floor((Date.parse(deadline) - Date.parse(now)) / DAY_MS);
