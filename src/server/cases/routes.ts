// REST API of cases: the case list of the user's municipality from the case projection (no Y.Doc opened).
import type { FastifyInstance } from 'fastify';
import { caseAccessOf } from '../../protocol/roles';
import type { Audit } from '../audit';
import { requirePrincipal } from '../auth/routes';
import type { AuthService } from '../auth/service';
import { listOrganisationCases } from '../persistence/caseProjection';
import { parseDocumentName } from '../../protocol/documentName';
import type { Queryable } from '../persistence/db';

const caseIdOfName = (name: string): string => {
  const ref = parseDocumentName(name);
  return ref?.kind === 'case' ? ref.caseId : name.slice('case/'.length);
};

export const registerCaseRoutes = (
  app: FastifyInstance,
  { db, auth, audit }: { db: Queryable; auth: AuthService; audit: Audit },
): void => {
  app.get('/api/cases', async (request, reply) => {
    const p = await requirePrincipal(auth, request, reply);
    if (!p) return reply;
    if (caseAccessOf(p.role) === 'none') {
      await audit({
        action: 'list-cases',
        outcome: 'refused',
        reason: `role-${p.role}`,
        organisationId: p.organisationId,
        userId: p.userId,
        deviceId: p.deviceId,
        ip: request.ip,
      });
      return reply.code(403).send({ error: 'forbidden' });
    }
    // A retired tablet sends what it has and then wipes itself: it is given no cases to download.
    if (p.retiring) return reply.code(403).send({ error: 'device-retired' });
    const rows = await listOrganisationCases(db, p.organisationId);
    return rows.map((r) => ({
      documentName: r.name,
      caseId: caseIdOfName(r.name),
      name: r.display_name,
      language: r.language,
      conversationCount: r.conversation_count,
      answerCount: r.answer_count,
      lastConversationType: r.last_conversation_type,
      pipDeadline: r.pip_deadline,
      createdAt: r.created_at,
      updatedAt: new Date(r.updated_at as string | Date).toISOString(),
      assignedUserId: r.assigned_user_id ?? null,
      assignedToMe: r.assigned_user_id === p.userId,
    }));
  });
};
