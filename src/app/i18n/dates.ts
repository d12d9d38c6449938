// Days in his language on the prints and at the end of a conversation: the Gregorian calendar (the one the
// Dutch beside it uses), with month names from content where the browser has no date data for the language.
import { MONTH_NAMES } from '../../content/monthNames';

export interface DayParts {
  day: number;
  month: string;
  year: number;
}

type Supported = (lang: string) => boolean;
const browserKnows: Supported = (lang) => Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;

/** Day, month name and year of a moment, in `lang` (UTC, so a day stays the day it was written). */
export const dayParts = (
  iso: string,
  lang: string,
  supported: Supported = browserKnows,
): DayParts => {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  const table = MONTH_NAMES[lang];
  const month =
    table && !supported(lang)
      ? table[date.getUTCMonth()]!
      : new Intl.DateTimeFormat(supported(lang) ? lang : 'nl', {
          month: 'long',
          calendar: 'gregory',
          timeZone: 'UTC',
        }).format(date);
  return { day: date.getUTCDate(), month, year: date.getUTCFullYear() };
};

/** "5 ታሕሳስ 2026": a long date the reader of `lang` can read, never in English by accident. */
export const formatDay = (
  iso: string,
  lang: string,
  supported: Supported = browserKnows,
): string => {
  if (supported(lang)) {
    const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    return new Intl.DateTimeFormat(lang, {
      dateStyle: 'long',
      calendar: 'gregory',
      timeZone: 'UTC',
    }).format(date);
  }
  const { day, month, year } = dayParts(iso, lang, supported);
  return `${day} ${month} ${year}`;
};
