// The back office's people and devices API (issue 14, item 6): request bodies (zod) and answers, shared by the
// server's routes and the screen. Passwords appear only in the answers that create them, once.
import { z } from 'zod';
import { roleSchema, type Role } from './roles';

export const createPersonRequestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  role: roleSchema,
});
export type CreatePersonRequest = z.input<typeof createPersonRequestSchema>;

export const changeRoleRequestSchema = z.object({ role: roleSchema });
export type ChangeRoleRequest = z.infer<typeof changeRoleRequestSchema>;

export const setDisabledRequestSchema = z.object({ disabled: z.boolean() });
export type SetDisabledRequest = z.infer<typeof setDisabledRequestSchema>;

/** The back office always says how a tablet is revoked: no default, so a mistap never means "lost". */
export const revokeDeviceRequestSchema = z.object({ mode: z.enum(['retire', 'lost']) });
export type RevokeDeviceRequest = z.infer<typeof revokeDeviceRequestSchema>;

/** A person of the municipality as the back office lists her. */
export interface PersonRow {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  /** The last contact of any of her tablets. */
  lastSeenAt: string | null;
  /** Her tablets that are not revoked (retiring or lost ones are not counted). */
  activeDevices: number;
}

/** Active; retiring (sends what it still has, then wipes itself); revoked (lost, or its person is blocked). */
export type DeviceState = 'active' | 'retiring' | 'revoked';

export interface PeopleDeviceRow {
  id: string;
  name: string;
  /** "iPad · Safari", from the browser at sign-in. */
  model: string | null;
  userId: string;
  email: string;
  createdAt: string;
  lastSeenAt: string | null;
  lastSyncAt: string | null;
  state: DeviceState;
}

/** The answer of creating a person or resetting a password: the temporary password, shown once, never stored. */
export interface TemporaryPasswordResponse {
  person: PersonRow;
  temporaryPassword: string;
}

/** Refusals of this API beyond the general ones (forbidden, not-found, invalid-request). */
export const PEOPLE_ERRORS = [
  /** The e-mail address already has an account (e-mail addresses are unique across municipalities). */
  'email-taken',
  /** The change would leave the municipality without an active teamleider or beheerder. */
  'last-manager',
  /** The tablet is already revoked this way (or as lost, which cannot be undone into a retirement). */
  'already-revoked',
] as const;
export type PeopleError = (typeof PEOPLE_ERRORS)[number];

export const isPeopleError = (code: string): code is PeopleError =>
  (PEOPLE_ERRORS as readonly string[]).includes(code);
