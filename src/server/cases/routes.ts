// REST API of cases: the case list of the user's municipality from the case projection (no Y.Doc
// opened), and handing a case to another consultant (the teamleider's reassignment).
import type { FastifyInstance } from 'fastify';
import { caseAccessOf } from '../../protocol/roles';
import { principalOf } from '../auth/requestAuth';
import { listOrganisationCases } from '../persistence/caseProjection';
import { caseDocumentName, caseIdSchema, parseDocumentName } from '../../protocol/documentName';
import { assignCaseRequestSchema } from '../../protocol/api';
import type { Queryable } from '../persistence/db';
import { documentOwner } from '../persistence/documentOwners';
import { tombstoneOf } from '../avg/tombstones';

const caseIdOfName = (name: string): string => {
  const ref = parseDocumentName(name);
  return ref?.kind === 'case' ? ref.caseId : name.slice('case/'.length);
};

export const registerCaseRoutes = (
  app: FastifyInstance,
  {
    db,
    onCasesChanged,
  }: {
    db: Queryable;
    /** The municipality's case list changed: tell its tablets that are online. */
    onCasesChanged?: (organisationId: string) => void;
  },
): void => {
  app.post<{ Params: { caseId: string } }>(
    '/api/cases/:caseId/assign',
    { preHandler: app.signedIn },
    async (request, reply) => {
      const p = principalOf(request);
      const caseId = caseIdSchema.safeParse(request.params.caseId);
      const body = assignCaseRequestSchema.safeParse(request.body);
      if (!caseId.success || !body.success)
        return reply.code(400).send({ error: 'invalid-request' });
      const name = caseDocumentName(caseId.data);
      if (p.role !== 'teamleider') {
        await request.audit({
          action: 'assign-case',
          outcome: 'refused',
          reason: `role-${p.role}`,
          target: name,
        });
        return reply.code(403).send({ error: 'forbidden' });
      }
      // A deleted case stays deleted (its tombstone decides, even over a stale owner record); a case of
      // another municipality answers like an unknown one.
      const tombstone = await tombstoneOf(db, name);
      if (tombstone?.organisationId === p.organisationId)
        return reply.code(410).send({ error: 'case-deleted' });
      if (tombstone || (await documentOwner(db, name)) !== p.organisationId) {
        return reply.code(404).send({ error: 'not-found' });
      }
      const [consultant] = await db.query<{ id: string }>(
        "SELECT id FROM users WHERE id = $1 AND organisation_id = $2 AND role = 'consultant' AND disabled_at IS NULL",
        [body.data.userId, p.organisationId],
      );
      if (!consultant) return reply.code(400).send({ error: 'invalid-request' });
      await db.query('UPDATE documents SET assigned_user_id = $2 WHERE name = $1', [
        name,
        consultant.id,
      ]);
      await request.audit({
        action: 'assign-case',
        outcome: 'ok',
        reason: consultant.id,
        target: name,
      });
      onCasesChanged?.(p.organisationId);
      return { ok: true };
    },
  );

  app.get('/api/cases', { preHandler: app.signedIn }, async (request, reply) => {
    const p = principalOf(request);
    if (caseAccessOf(p.role) === 'none') {
      await request.audit({ action: 'list-cases', outcome: 'refused', reason: `role-${p.role}` });
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
