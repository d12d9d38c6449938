// A value of the plan in a few words for the consultant: an agreement or topic by its texts, a day or a number
// as written, nothing as a dash.
import type { Json } from '../../domain/pip/versioning';

export const valueText = (value: Json | undefined): string =>
  value === undefined || value === null
    ? '—'
    : typeof value === 'object'
      ? Object.values(value)
          .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          .map((v) => (v === true ? '✓' : v === false ? '✗' : String(v)))
          .join(' · ')
      : value === true
        ? '✓'
        : value === false
          ? '✗'
          : String(value);
