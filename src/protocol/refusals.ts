// Which refusals of the server are for good: apart from the schemas in api.ts, so the tablet's storage can know
// them without loading zod.
import type { ErrorCode } from './api';

/**
 * Refusals of a case's changes that sending again cannot change (until someone acts on the server): the case
 * keeps saying why, also after further changes on the tablet, and the work stays on the tablet.
 */
export const REFUSED_FOR_GOOD: ReadonlySet<string> = new Set<ErrorCode>([
  'client-id-of-other-device',
  'update-too-large',
  'case-too-large',
  'removes-kept-record',
]);
