// Rules of the Wet inburgering that the app computes: PIP deadline and how urgent it is.

/** The PIP must be set within ten weeks of the start of the brede intake. */
export const PIP_TERM_WEEKS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

export const pipDeadline = (intakeStart: string, weeks = PIP_TERM_WEEKS): string =>
  new Date(Date.parse(intakeStart) + weeks * 7 * DAY_MS).toISOString();

export type DeadlineUrgency = 'calm' | 'soon' | 'overdue';

/** Amber under two weeks, red when overdue (SCREENS.md). */
export const deadlineUrgency = (deadline: string, now: string): DeadlineUrgency => {
  const left = Date.parse(deadline) - Date.parse(now);
  if (left < 0) return 'overdue';
  if (left < 14 * DAY_MS) return 'soon';
  return 'calm';
};

/** Whole days from now until the deadline (negative when past). */
export const daysUntil = (deadline: string, now: string): number =>
  Math.floor((Date.parse(deadline) - Date.parse(now)) / DAY_MS);
