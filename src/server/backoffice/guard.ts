// The back office's door: a signed-in person (app.signedIn) of one of the allowed roles passes; anyone else is refused
// with 403 and the refusal audited (action, role). Every back-office route has it as its hooks, so none forgets the
// audit; a handler then reads the person with principalOf(request).
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../protocol/roles';
import { allowRoles, type RequestHook } from '../auth/requestAuth';

/** The route options of a back-office route: signed in, then one of `allowed` (else refused under `action`). */
export const backofficeDoor = (
  app: FastifyInstance,
  action: string,
  allowed: readonly Role[],
  ...more: RequestHook[]
): { preHandler: RequestHook[] } => ({
  preHandler: [app.signedIn, allowRoles(action, allowed), ...more],
});
