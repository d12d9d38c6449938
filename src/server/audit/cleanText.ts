// Text from clients (e-mail typed at login, device names, document names, error texts) made safe for logs and audit rows.

/** Control characters (C0, DEL, C1) and the bidi controls that can make a log line read differently than it is. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Strips control and bidi characters and cuts the text to `max` code points (with "…"). Zero-width joiner and
 * non-joiner stay: Persian and Arabic names need them.
 */
export const cleanClientText = (value: string, max = 200): string => {
  const clean = value.replace(UNSAFE, '');
  const points = Array.from(clean);
  return points.length <= max ? clean : `${points.slice(0, max - 1).join('')}…`;
};
