// The back office's parts and who may use each: one list for the menu (app) and the guards (server). No zod here,
// so the route table can import it without pulling the validation library into the first screen.
import type { Role } from './roles';

/** The back office's parts and the roles that may use each (the server's guards use the same lists). */
export const BACKOFFICE_SECTIONS = [
  'caseload',
  'figures',
  'translations',
  'content',
  'people',
  'privacy',
] as const;
export type BackofficeSection = (typeof BACKOFFICE_SECTIONS)[number];

export const SECTION_ROLES: Readonly<Record<BackofficeSection, readonly Role[]>> = {
  caseload: ['teamleider'],
  figures: ['teamleider'],
  translations: ['teamleider', 'beheerder'],
  content: ['teamleider', 'beheerder'],
  people: ['teamleider', 'beheerder'],
  privacy: ['teamleider'],
};

/** The parts of the back office a role sees, in menu order (none for a consultant). */
export const sectionsFor = (role: Role): BackofficeSection[] =>
  BACKOFFICE_SECTIONS.filter((s) => SECTION_ROLES[s].includes(role));
