// The date format of the case cards, made once per language: the first Intl.DateTimeFormat of a page loads the
// locale's data (some 70 ms on a tablet slowed 4×), so the start makes the Dutch one while the PIN is typed.
const formats = new Map<string, Intl.DateTimeFormat>();

export const dayFormat = (language: string): Intl.DateTimeFormat => {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format;
};

/** Makes the format ahead and formats once, so the locale's data is loaded before the list needs it. */
export const warmDayFormat = (language: string): void => void dayFormat(language).format(0);
