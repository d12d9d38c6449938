// The pure rules of the people and tablets screen: which revocations a tablet still allows, which words say a
// failure, and how an answer replaces a row. No React, no network: the screen only renders and dispatches.
import { isPeopleError, type DeviceState } from '../../../protocol/people';
import type { Role } from '../../../protocol/roles';

export type RevokeMode = 'retire' | 'lost';

/** Active: both choices; retiring: it may still be declared lost; revoked: nothing left to choose. */
export const revokeChoices = (state: DeviceState): RevokeMode[] =>
  state === 'active' ? ['retire', 'lost'] : state === 'retiring' ? ['lost'] : [];

/** The roles in the order the screen offers them. */
export const ROLE_CHOICES: readonly Role[] = ['consultant', 'teamleider', 'beheerder'];

/** The i18n key that says why a request failed, in plain words. */
export const failureKey = (code: string): string => {
  if (isPeopleError(code)) return `backoffice.people.error.${code}`;
  if (
    code === 'not-found' ||
    code === 'invalid-request' ||
    code === 'offline' ||
    code === 'forbidden'
  )
    return `backoffice.people.error.${code}`;
  return 'backoffice.people.error.other';
};

/** The code of a failed request: an ApiError's code, otherwise the server's trouble. */
export const failureCode = (error: unknown): string =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'server-error';

/** The list with the row of the same id replaced by the server's answer. */
export const replaceById = <T extends { id: string }>(list: readonly T[], row: T): T[] =>
  list.map((r) => (r.id === row.id ? row : r));

/** The list with a new row, kept in the server's order (by e-mail). */
export const insertByEmail = <T extends { email: string }>(list: readonly T[], row: T): T[] =>
  [...list, row].sort((a, b) => a.email.localeCompare(b.email));

/** A moment for the screen ("5 dec 2026 14:03"), or undefined when there was none. */
export const formatWhen = (
  iso: string | null,
  language: string,
  withTime = true,
): string | undefined =>
  iso
    ? new Intl.DateTimeFormat(
        language,
        withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
      ).format(new Date(iso))
    : undefined;
