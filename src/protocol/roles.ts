// User roles and what each role may do with a case document.
import { z } from 'zod';

export const ROLES = ['consultant', 'teamleider', 'beheerder'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Access of a role to the case documents of its own municipality (least privilege: beheerder manages accounts, not dossiers). */
export type CaseAccess = 'write' | 'read' | 'none';

export const caseAccessOf = (role: Role): CaseAccess => {
  switch (role) {
    case 'consultant':
    case 'teamleider':
      return 'write';
    case 'beheerder':
      return 'none';
  }
};

/** Roles that may manage users and devices of their municipality. */
export const canManageAccounts = (role: Role): boolean =>
  role === 'beheerder' || role === 'teamleider';

/**
 * Roles that may remove the municipality's content media (recorded prompts, photos) once it is on the server;
 * what a tablet has not sent yet is only on that tablet, and whoever holds it may take it back.
 */
export const canRemoveContentMedia = (role: Role): boolean =>
  role === 'teamleider' || role === 'beheerder';
