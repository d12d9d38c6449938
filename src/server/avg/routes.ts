// REST API of the AVG rights: inzage (export as JSON and as a printable page), deletion on request,
// and the list of deleted cases that tablets use to remove their copies. Every call is audited.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deleteCaseRequestSchema, type ErrorCode } from '../../protocol/api';
import { caseDocumentName, caseIdSchema } from '../../protocol/documentName';
import { caseAccessOf, type Role } from '../../protocol/roles';
import { principalOf, whoOf } from '../auth/requestAuth';
import type { Database } from '../persistence/db';
import { documentOwner } from '../persistence/documentOwners';
import type { DocumentStore } from '../persistence/documentStore';
import { openCaseExport } from './export';
import { exportHtml } from './exportHtml';
import { caseExportJson } from './exportJson';
import { textStream } from './textStream';
import { deleteCase, listDeletedCases, tombstoneOf } from './tombstones';

export interface AvgRoutesOptions {
  db: Database;
  store: DocumentStore;
  /** Called after a deletion is committed: tell connected tablets, drop the copy in memory. */
  onCaseDeleted?: (documentName: string, organisationId: string) => Promise<unknown>;
}

/** Inzage: the roles that work with dossiers (consultant, teamleider); never the beheerder. */
export const canExportCases = (role: Role): boolean => caseAccessOf(role) !== 'none';

/**
 * Deletion is irreversible, so it takes the team's responsible role: the teamleider, after the privacy
 * officer has assessed the request. Not the consultant (one person could erase a dossier alone), not the
 * beheerder (manages accounts, never sees dossiers, cannot judge the request).
 */
export const canDeleteCases = (role: Role): boolean => role === 'teamleider';

type Resolved = { ok: true; caseId: string; name: string } | { ok: false };

export const registerAvgRoutes = (app: FastifyInstance, opts: AvgRoutesOptions): void => {
  const { db, store, onCaseDeleted } = opts;

  /** Answers with the error and audits the refusal (who and from where come from the request). */
  const refuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    error: ErrorCode,
    entry: { action: string; reason: string; target?: string },
  ) => {
    await request.audit({ ...entry, outcome: 'refused' });
    reply.code(status).header('Cache-Control', 'no-store').send({ error });
  };

  /**
   * The case of the request, if it is a case of the user's municipality. A case of another municipality
   * answers 404 like an unknown one (its existence is not confirmed); a deleted one of the own
   * municipality answers 410 'case-deleted'.
   */
  const resolveCase = async (
    request: FastifyRequest<{ Params: { caseId: string } }>,
    reply: FastifyReply,
    action: string,
  ): Promise<Resolved> => {
    const p = principalOf(request);
    const id = caseIdSchema.safeParse(request.params.caseId);
    if (!id.success) {
      await refuse(request, reply, 400, 'invalid-request', {
        action,
        reason: 'invalid-case-id',
      });
      return { ok: false };
    }
    const name = caseDocumentName(id.data);
    const tombstone = await tombstoneOf(db, name);
    if (tombstone) {
      const own = tombstone.organisationId === p.organisationId;
      await refuse(request, reply, own ? 410 : 404, own ? 'case-deleted' : 'not-found', {
        action,
        reason: own ? 'case-deleted' : 'other-organisation',
        target: name,
      });
      return { ok: false };
    }
    const owner = await documentOwner(db, name);
    if (owner !== p.organisationId) {
      await refuse(request, reply, 404, 'not-found', {
        action,
        reason: owner ? 'other-organisation' : 'not-found',
        target: name,
      });
      return { ok: false };
    }
    return { ok: true, caseId: id.data, name };
  };

  const exportHandler =
    (format: 'json' | 'html') =>
    async (request: FastifyRequest<{ Params: { caseId: string } }>, reply: FastifyReply) => {
      const p = principalOf(request);
      const action = 'case-exported';
      if (!canExportCases(p.role)) {
        await refuse(request, reply, 403, 'forbidden', { action, reason: `role-${p.role}` });
        return reply;
      }
      const target = await resolveCase(request, reply, action);
      if (!target.ok) return reply;
      // Everything that can fail is read here, so an error still answers with a status; then the export streams.
      const parts = await openCaseExport(
        { db, store },
        { caseId: target.caseId, documentName: target.name, organisationId: p.organisationId },
      );
      try {
        await request.audit({ action, outcome: 'ok', target: target.name, reason: format });
      } catch (error) {
        parts.close();
        throw error;
      }
      reply.header('Cache-Control', 'no-store');
      if (format === 'json') {
        return reply
          .type('application/json; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="inzage-${target.caseId}.json"`)
          .send(textStream(caseExportJson(parts), parts.close));
      }
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Disposition', `inline; filename="inzage-${target.caseId}.html"`)
        .send(textStream(exportHtml(parts), parts.close));
    };

  const signedIn = { preHandler: app.signedIn };
  app.get<{ Params: { caseId: string } }>(
    '/api/cases/:caseId/export',
    signedIn,
    exportHandler('json'),
  );
  app.get<{ Params: { caseId: string } }>(
    '/api/cases/:caseId/export.html',
    signedIn,
    exportHandler('html'),
  );

  app.delete<{ Params: { caseId: string } }>(
    '/api/cases/:caseId',
    signedIn,
    async (request, reply) => {
      const p = principalOf(request);
      const action = 'case-deleted';
      if (!canDeleteCases(p.role)) {
        await refuse(request, reply, 403, 'forbidden', {
          action,
          reason: `role-${p.role}`,
          target: caseIdSchema.safeParse(request.params.caseId).success
            ? caseDocumentName(request.params.caseId)
            : undefined,
        });
        return reply;
      }
      const body = deleteCaseRequestSchema.safeParse(request.body ?? {});
      if (!body.success) {
        await refuse(request, reply, 400, 'invalid-request', {
          action,
          reason: 'invalid-request',
        });
        return reply;
      }
      const target = await resolveCase(request, reply, action);
      if (!target.ok) return reply;
      // A code and a registration number, never free text: the audit entry must hold no personal data.
      const reason = body.data.reference
        ? `${body.data.reason} ref:${body.data.reference}`
        : body.data.reason;
      const deleted = await deleteCase(db, {
        name: target.name,
        organisationId: p.organisationId,
        deletedBy: p.userId,
        reason,
        audit: whoOf(request),
      });
      if (!deleted) {
        // Deleted by someone else a moment ago.
        return reply.code(410).header('Cache-Control', 'no-store').send({ error: 'case-deleted' });
      }
      await onCaseDeleted?.(target.name, p.organisationId);
      return reply
        .header('Cache-Control', 'no-store')
        .send({ ok: true, caseId: target.caseId, deletedAt: deleted.deletedAt });
    },
  );

  /** Tablets ask which cases were deleted (since their last look) and remove their copies. */
  app.get<{ Querystring: { since?: string } }>(
    '/api/cases/deleted',
    signedIn,
    async (request, reply) => {
      const p = principalOf(request);
      if (!canExportCases(p.role)) {
        await refuse(request, reply, 403, 'forbidden', {
          action: 'list-deleted-cases',
          reason: `role-${p.role}`,
        });
        return reply;
      }
      const since = request.query.since;
      if (since !== undefined && Number.isNaN(Date.parse(since))) {
        return reply.code(400).send({ error: 'invalid-request' });
      }
      const rows = await listDeletedCases(
        db,
        p.organisationId,
        since === undefined ? undefined : new Date(since).toISOString(),
      );
      return rows.map((r) => ({ caseId: r.name.slice('case/'.length), deletedAt: r.deletedAt }));
    },
  );
};
