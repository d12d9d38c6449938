// The municipality's content API: the tablets fetch what counts now (GET /api/content, every role of the
// municipality); the back office (SECTION_ROLES.translations / .content) adds versions, reads an entry's history,
// reviews the tolken's flags, and exports and imports a locale for a translator. Every change is audited and
// told to the municipality's tablets that are online.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import {
  CONTENT_KINDS,
  contentChangeSchema,
  languageSchema,
  type ImportReport,
} from '../../protocol/municipalContent';
import { isExplanationCardId } from '../../content/explanations';
import { principalOf } from '../auth/requestAuth';
import type { Principal } from '../auth/tokens';
import { bundledTexts, isAppLanguage } from '../content/bundledLocales';
import { appendContent, contentHistory, currentContent } from '../content/store';
import { checkText } from '../content/textCheck';
import { groupTranslationFlags, translationFlagRows } from '../content/translationFlags';
import {
  readTranslatorFile,
  toTranslatorJson,
  toXliff,
  TranslatorFileError,
  type TranslatorString,
} from '../content/translatorFiles';
import { backofficeDoor } from './guard';
import type { BackofficeRouteDeps } from './routes';

const historyQuerySchema = z.object({
  kind: z.enum(CONTENT_KINDS),
  key: z.string().max(260).default(''),
  language: z.string().max(10).default(''),
});
const importQuerySchema = z.object({ reviewer: z.string().trim().min(2).max(120) });
const IMPORT_LIMIT = 4 * 1024 * 1024;

export const registerContentRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db } = deps;
  const editors = [...new Set([...SECTION_ROLES.translations, ...SECTION_ROLES.content])];
  const changed = async (
    p: Principal,
    request: FastifyRequest,
    action: string,
    target: string,
    reason?: string,
  ) => {
    await request.audit({
      action,
      outcome: 'ok',
      target: target.slice(0, 200),
      ...(reason ? { reason } : {}),
    });
    deps.onContentChanged?.(p.organisationId);
  };

  /** What every tablet of the municipality holds: its current texts, figures, partners and review marks. */
  app.get('/api/content', { preHandler: app.signedIn }, async (request) =>
    currentContent(db, principalOf(request).organisationId),
  );

  app.get(
    '/api/backoffice/content/history',
    backofficeDoor(app, 'content-history', editors),
    async (request, reply) => {
      const p = principalOf(request);
      const query = historyQuerySchema.safeParse(request.query);
      if (!query.success) return reply.code(400).send({ error: 'invalid-request' });
      return contentHistory(db, p.organisationId, query.data);
    },
  );

  app.post(
    '/api/backoffice/content',
    backofficeDoor(app, 'content-change', editors),
    async (request, reply) => {
      const p = principalOf(request);
      const change = contentChangeSchema.safeParse(request.body);
      if (!change.success) return reply.code(400).send({ error: 'invalid-request' });
      const c = change.data;
      if (c.kind === 'text' && c.value !== null) {
        if (!isAppLanguage(c.language))
          return reply.code(400).send({ error: 'invalid-request', reason: 'unknown-language' });
        const problem = checkText(bundledTexts('nl'), c.key, c.value.text);
        if (problem) return reply.code(400).send({ error: 'invalid-request', reason: problem });
      }
      if (c.kind === 'source' && !isExplanationCardId(c.key))
        return reply.code(400).send({ error: 'invalid-request', reason: 'unknown-key' });
      const item = await appendContent(db, p.organisationId, p.userId, c);
      await changed(
        p,
        request,
        'content-change',
        `${c.kind}:${c.key}:${c.language}`,
        c.value === null ? 'taken-back' : c.reviewer ? 'reviewed' : 'changed',
      );
      return item;
    },
  );

  app.get(
    '/api/backoffice/translations/flags',
    backofficeDoor(app, 'translation-flags', SECTION_ROLES.translations),
    async (request) => {
      const p = principalOf(request);
      const [rows, content] = await Promise.all([
        translationFlagRows(db, p.organisationId),
        currentContent(db, p.organisationId),
      ]);
      return groupTranslationFlags(rows, content.items);
    },
  );

  /** A locale for a translator: every built-in string with the Dutch beside it and the text that counts now. */
  app.get<{ Params: { language: string }; Querystring: { format?: string } }>(
    '/api/backoffice/translations/:language/export',
    backofficeDoor(app, 'translation-export', SECTION_ROLES.translations),
    async (request, reply) => {
      const p = principalOf(request);
      const language = languageSchema.safeParse(request.params.language);
      if (!language.success || !isAppLanguage(language.data) || language.data === 'nl')
        return reply.code(400).send({ error: 'invalid-request' });
      const lng = language.data;
      const own = new Map(
        (await currentContent(db, p.organisationId)).items
          .filter((i) => i.kind === 'text' && i.language === lng)
          .map((i) => [i.key, i]),
      );
      const target = bundledTexts(lng);
      const strings: TranslatorString[] = [...bundledTexts('nl')].map(([key, source]) => {
        const mine = own.get(key);
        return {
          key,
          source,
          target: mine ? (mine.value as { text: string }).text : (target.get(key) ?? ''),
          ...(mine?.reviewedBy
            ? { note: `reviewed by ${mine.reviewedBy} on ${mine.reviewedAt?.slice(0, 10)}` }
            : {}),
        };
      });
      await request.audit({ action: 'translation-export', outcome: 'ok', target: lng });
      const xliff = request.query.format !== 'json';
      return reply
        .header(
          'content-type',
          xliff ? 'application/xliff+xml; charset=utf-8' : 'application/json; charset=utf-8',
        )
        .header(
          'content-disposition',
          `attachment; filename="samenspraak-${lng}.${xliff ? 'xlf' : 'json'}"`,
        )
        .send(xliff ? await toXliff(lng, strings) : toTranslatorJson(lng, strings));
    },
  );

  /** A translator's file back: every string that differs from what counts now becomes a reviewed version. */
  app.post<{ Params: { language: string } }>(
    '/api/backoffice/translations/:language/import',
    {
      bodyLimit: IMPORT_LIMIT,
      ...backofficeDoor(app, 'translation-import', SECTION_ROLES.translations),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const language = languageSchema.safeParse(request.params.language);
      const query = importQuerySchema.safeParse(request.query);
      if (
        !language.success ||
        !isAppLanguage(language.data) ||
        language.data === 'nl' ||
        !query.success ||
        typeof request.body !== 'string'
      ) {
        return reply.code(400).send({ error: 'invalid-request' });
      }
      const lng = language.data;
      let targets: Map<string, string>;
      try {
        targets = await readTranslatorFile(lng, request.body);
      } catch (error) {
        if (error instanceof TranslatorFileError)
          return reply.code(400).send({ error: 'invalid-request', reason: error.code });
        throw error;
      }
      const dutch = bundledTexts('nl');
      const builtIn = bundledTexts(lng);
      const own = new Map(
        (await currentContent(db, p.organisationId)).items
          .filter((i) => i.kind === 'text' && i.language === lng)
          .map((i) => [i.key, (i.value as { text: string }).text]),
      );
      const report: ImportReport = { changed: 0, unchanged: 0, unknown: [] };
      const problems: { key: string; reason: string }[] = [];
      const accepted: [string, string][] = [];
      for (const [key, text] of targets) {
        const problem = checkText(dutch, key, text);
        if (problem === 'unknown-key') report.unknown.push(key);
        else if (problem === 'empty') report.unchanged++;
        else if (problem) problems.push({ key, reason: problem });
        else if ((own.get(key) ?? builtIn.get(key)) === text) report.unchanged++;
        else accepted.push([key, text]);
      }
      // A file with a broken placeholder is refused whole: the translator fixes it, nothing half-imported.
      if (problems.length > 0)
        return reply.code(400).send({
          error: 'invalid-request',
          reason: 'placeholders-differ',
          problems: problems.slice(0, 50),
        });
      for (const [key, text] of accepted)
        await appendContent(db, p.organisationId, p.userId, {
          kind: 'text',
          key,
          language: lng,
          value: { text },
          reviewer: query.data.reviewer,
        });
      report.changed = accepted.length;
      await changed(p, request, 'translation-import', lng, `${report.changed} changed`);
      return report;
    },
  );
};
