// REST API of municipality content media: upload (raw bytes), list, download and remove recorded prompts and photos.
// Everything is scoped to the caller's organisation (another's media looks unknown); only teamleider and beheerder
// remove; refusals are audited.
import type {
  FastifyError,
  FastifyInstance,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import {
  acceptedMime,
  contentMediaUploadQuerySchema,
  MAX_CONTENT_MEDIA_BYTES,
  mimeEssence,
  type ContentMediaRefusal,
} from '../../protocol/contentMedia';
import { principalOf } from '../auth/requestAuth';
// Removing a prompt or photo takes it from every tablet of the municipality: that is for the roles responsible
// for the team's material (teamleider, beheerder), not for one consultant.
import { canRemoveContentMedia, type Role } from '../../protocol/roles';
import type { Queryable } from '../persistence/db';
import { bytesMatchMime } from './sniff';
import {
  findContentMedia,
  insertContentMedia,
  listContentMedia,
  readContentMediaBytes,
  removeContentMedia,
} from './store';

export interface ContentMediaRoutesOptions {
  db: Queryable;
}

/** The largest body any kind may have; the per-kind limit is checked after parsing. */
const BODY_LIMIT = Math.max(...Object.values(MAX_CONTENT_MEDIA_BYTES));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The routes as an encapsulated Fastify plugin (the raw audio/image body parser applies to them only).
 * Default export, so server.ts registers it in one line: `void a.register(import('./media/routes'), { db })`.
 */
const contentMediaPlugin: FastifyPluginAsync<ContentMediaRoutesOptions> = async (scope, options) =>
  contentMediaRoutes(scope, options);
export default contentMediaPlugin;

export const registerContentMediaRoutes = (
  app: FastifyInstance,
  options: ContentMediaRoutesOptions,
): void => void app.register(contentMediaPlugin, options);

const contentMediaRoutes = (app: FastifyInstance, { db }: ContentMediaRoutesOptions): void => {
  app.addContentTypeParser(
    /^(audio|image)\//,
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  // Signed in before the body is read, so a stranger cannot make the server take in megabytes.
  const onRequest = app.signedIn;

  const refuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    reason: ContentMediaRefusal | 'not-found' | 'other-organisation' | `role-${Role}`,
    target?: string,
  ) => {
    await request.audit({
      action: `content-media ${request.method}`,
      outcome: 'refused',
      reason,
      target,
    });
    const error = status === 404 ? 'not-found' : status === 403 ? 'forbidden' : 'invalid-request';
    return reply.code(status).send(error === 'invalid-request' ? { error, reason } : { error });
  };

  app.post('/api/content-media', {
    onRequest,
    bodyLimit: BODY_LIMIT,
    // Body errors (too large, a type no parser takes) become the API's plain error bodies.
    errorHandler: async (error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return refuse(request, reply, 413, 'too-large');
      if (
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
        error.code === 'FST_ERR_CTP_EMPTY_TYPE'
      ) {
        return refuse(request, reply, 415, 'unsupported-type');
      }
      // Anything else is the server's own failure: the app's default handling.
      throw error;
    },
    handler: async (request, reply) => {
      const p = principalOf(request);
      const query = contentMediaUploadQuerySchema.safeParse(request.query);
      if (!query.success) return refuse(request, reply, 400, 'bad-query');
      const { id, kind, key, language } = query.data;
      const mime = mimeEssence(request.headers['content-type'] ?? '');
      const body = request.body;
      if (!acceptedMime(kind, mime) || !(body instanceof Uint8Array)) {
        return refuse(request, reply, 415, 'unsupported-type', id);
      }
      if (body.byteLength > MAX_CONTENT_MEDIA_BYTES[kind])
        return refuse(request, reply, 413, 'too-large', id);
      if (!bytesMatchMime(body, mime)) return refuse(request, reply, 415, 'content-mismatch', id);
      const outcome = await insertContentMedia(db, {
        id,
        organisationId: p.organisationId,
        kind,
        key,
        language,
        mime,
        bytes: body,
        createdBy: p.userId,
      });
      if (outcome.kind === 'conflict') return refuse(request, reply, 409, 'id-taken', id);
      if (outcome.kind === 'stored') {
        await request.audit({
          action: 'content-media upload',
          outcome: 'ok',
          target: `${kind}/${language}/${key} ${id}`,
        });
      }
      return reply.code(outcome.kind === 'stored' ? 201 : 200).send(outcome.item);
    },
  });

  app.get('/api/content-media', { onRequest }, async (request) =>
    listContentMedia(db, principalOf(request).organisationId),
  );

  /**
   * Media of another municipality answers exactly like an unknown id (404 'not-found'), so its existence is
   * not confirmed; the audit entry tells the two apart.
   */
  const ownOrRefuse = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
  ) => {
    const p = principalOf(request);
    const { id } = request.params;
    const row = UUID.test(id) ? await findContentMedia(db, id) : undefined;
    const foreign = row !== undefined && row.organisation_id !== p.organisationId;
    if (!row || foreign || row.deleted_at !== null) {
      await refuse(request, reply, 404, foreign ? 'other-organisation' : 'not-found', id);
      return undefined;
    }
    return p;
  };

  app.get<{ Params: { id: string } }>(
    '/api/content-media/:id',
    { onRequest },
    async (request, reply) => {
      const p = await ownOrRefuse(request, reply);
      if (!p) return reply;
      const media = await readContentMediaBytes(db, request.params.id, p.organisationId);
      if (!media) return reply.code(404).send({ error: 'not-found' });
      return reply
        .header('Content-Type', media.mime)
        .header('Cache-Control', 'private, no-store')
        .send(Buffer.from(media.bytes.buffer, media.bytes.byteOffset, media.bytes.byteLength));
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/content-media/:id',
    { onRequest },
    async (request, reply) => {
      // The role first: a consultant learns nothing about the id.
      const { role } = principalOf(request);
      if (!canRemoveContentMedia(role))
        return refuse(request, reply, 403, `role-${role}`, request.params.id);
      const p = await ownOrRefuse(request, reply);
      if (!p) return reply;
      await removeContentMedia(db, request.params.id, p.organisationId);
      await request.audit({
        action: 'content-media remove',
        outcome: 'ok',
        target: request.params.id,
      });
      return { ok: true };
    },
  );
};
