// Text for the printable inzage: escaping, and dates shown in Dutch while their exact stored value is kept.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

const dateOnly = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeZone: 'Europe/Amsterdam',
});

/**
 * A stored date or time as a reader expects it ("23 november 2026 om 10:01"), inside a <time> element
 * whose datetime attribute keeps the exact stored value: the Dutch text rounds to the minute and to the
 * Amsterdam clock, the attribute loses nothing. Anything that is not a date is shown as it is.
 */
export const timeHtml = (value: unknown, only: 'date' | 'date-time' = 'date-time'): string => {
  if (typeof value !== 'string' || !value) return '';
  const t = Date.parse(value);
  if (Number.isNaN(t)) return esc(value);
  const shown = (only === 'date' ? dateOnly : dateTime).format(t);
  return `<time datetime="${esc(value)}">${esc(shown)}</time>`;
};
