// AVG rights on the real server: inzage (JSON and printable page) and deletion on request, with their
// authorisation, their audit entries, and a tombstone that keeps a deleted case from coming back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { TEACH_BACK_DONT_KNOW } from '../../src/content/explanations';
import { addNote, createCase, startConversation } from '../../src/domain/commands';
import { answerQuestion } from '../../src/domain/answers';
import { flagTranslation } from '../../src/domain/conversationEnd';
import { addStroke, createDrawing } from '../../src/domain/drawings';
import { recordExplanation } from '../../src/domain/explanations';
import { caseDocumentName, organisationChannelName } from '../../src/protocol/documentName';
import type { SessionResponse } from '../../src/protocol/api';
import type { CaseExport } from '../../src/server/avg/export';
import { CaseDeletedError } from '../../src/server/avg/tombstones';
import { CONTENT_SECURITY_POLICY } from '../../src/server/securityHeaders';
import { connectClient, whenRefused, whenSynced, type Client } from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import {
  startTestServer,
  type TestServer,
  twoMunicipalities,
  type SessionsA,
  type SessionsB,
} from './support/server';
import { callApi, type ApiCall } from './support/api';

const XSS_TEXT = '<script>alert("x")</script>';
const XSS_WORDS = '<img src=x onerror=alert(1)> & "quotes"';

/**
 * Opens another document on the client's socket and resolves once it is synced: the server has handled every
 * earlier frame of that socket (it reads a socket's frames in order).
 */
const roundTrip = async (c: Client, documentName: string, token: string): Promise<void> => {
  const probe = new HocuspocusProvider({ websocketProvider: c.socket, name: documentName, token });
  const synced = new Promise<void>((resolve) => probe.on('synced', () => resolve()));
  probe.attach();
  try {
    await synced;
  } finally {
    probe.destroy();
  }
};

/** Resolves when the server tells the provider its case was deleted (a Close message, or a refused auth). */
const whenToldDeleted = (c: Client): Promise<string> =>
  new Promise((resolve) => {
    c.provider.on('close', ({ event }: { event?: { reason?: string } }) => {
      if (event?.reason === 'case-deleted') resolve('closed');
    });
    c.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (reason === 'case-deleted') resolve('refused');
    });
  });

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`AVG inzage and deletion on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`AVG inzage and deletion on ${kind}`, () => {
    let server: TestServer;
    let a: SessionsA;
    let b: SessionsB;
    const clients: Client[] = [];
    const client = (name: string, token: string, doc?: Y.Doc) => {
      const c = connectClient(server.wsUrl, name, token, doc);
      clients.push(c);
      return c;
    };

    const api: ApiCall = (...args) => callApi(server, ...args);

    const auditRows = (action: string, target: string) =>
      server.db.query<Record<string, unknown>>(
        'SELECT * FROM audit_log WHERE action = $1 AND target = $2 ORDER BY id',
        [action, target],
      );

    /** A case with an answer of every kind, a note, an explanation, a drawing and a translation flag. */
    const writeCase = async (
      session: SessionResponse,
      opts: { name?: string; text?: string; ownWords?: string } = {},
    ) => {
      const caseId = randomUUID();
      const tablet = client(caseDocumentName(caseId), session.accessToken);
      await whenSynced(tablet);
      const doc = tablet.doc;
      createCase(doc, {
        id: caseId,
        name: opts.name ?? 'Samira Haddad',
        language: 'ar',
        birthYear: 1990,
        now: '2026-11-23T09:00:00Z',
      });
      startConversation(doc, {
        id: 'c1',
        type: 'intake-a',
        language: 'ar',
        place: 'azc Utrecht',
        participants: { tolk: { language: 'ar', name: 'Tolk T.' } },
        now: '2026-11-23T10:00:00Z',
      });
      const base = { conversationId: 'c1', language: 'ar', answeredBy: 'inburgeraar' as const };
      answerQuestion(doc, {
        ...base,
        questionId: 'family.partner',
        value: { kind: 'tiles', tileIds: ['partner-here'] },
        ownWords: opts.ownWords ?? 'زوجي هنا',
        now: '2026-11-23T10:01:00Z',
      });
      answerQuestion(doc, {
        ...base,
        questionId: 'family.children-count',
        value: { kind: 'number', value: 3 },
        now: '2026-11-23T10:02:00Z',
      });
      answerQuestion(doc, {
        ...base,
        questionId: 'health.general',
        value: { kind: 'text', text: opts.text ?? 'Rugpijn sinds de reis' },
        now: '2026-11-23T10:03:00Z',
      });
      answerQuestion(doc, {
        ...base,
        questionId: 'family.household',
        flag: 'prefer-not',
        now: '2026-11-23T10:04:00Z',
      });
      addNote(doc, {
        id: 'n1',
        text: 'Let op: spanning bij gesprek over gezin',
        now: '2026-11-23T10:05:00Z',
      });
      recordExplanation(doc, {
        id: 'e1',
        cardId: 'inburgeringsplicht',
        conversationId: 'c1',
        language: 'ar',
        understood: false,
        answerTileId: TEACH_BACK_DONT_KNOW,
        now: '2026-11-23T10:06:00Z',
      });
      createDrawing(doc, { id: 'd1', title: 'Mijn huis', now: '2026-11-23T10:07:00Z' });
      addStroke(doc, {
        drawingId: 'd1',
        id: 's1',
        color: 'blue',
        points: [100, 100, 0.5, 500, 500, 0.5, 900, 200, 0.5],
        by: 'tablet-1',
        now: '2026-11-23T10:07:30Z',
      });
      flagTranslation(doc, {
        id: 'f1',
        conversationId: 'c1',
        textKey: 'content:question.family.partner.text',
        language: 'ar',
        shownText: 'هل لديك شريك؟',
        suggestion: 'هل أنت متزوج؟',
        now: '2026-11-23T10:08:00Z',
      });
      await whenSynced(tablet);
      return { caseId, name: caseDocumentName(caseId), tablet };
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      ({ a, b } = await twoMunicipalities(server, 'AVG'));
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
    });

    it('exports everything about the case as JSON, only to consultant and teamleider of its municipality', async () => {
      const { caseId, name } = await writeCase(a.consultant);
      // The tablet is still connected: the export reads the update log, so it holds every acknowledged change.
      const res = await api('GET', `/api/cases/${caseId}/export`, a.consultant);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const data = (await res.json()) as CaseExport;
      expect(data).toMatchObject({
        format: 'samenspraak-inzage',
        formatVersion: 1,
        caseId,
        documentName: name,
        municipality: { id: a.consultant.user.organisationId },
      });
      expect(data.case?.profile).toEqual({
        name: 'Samira Haddad',
        birthYear: 1990,
        language: 'ar',
      });
      const answers = data.case?.conversations[0]?.answers ?? {};
      expect(answers['family.partner']).toMatchObject({
        value: { kind: 'tiles', tileIds: ['partner-here'] },
        ownWords: 'زوجي هنا',
        language: 'ar',
        answeredBy: 'inburgeraar',
        at: '2026-11-23T10:01:00Z',
      });
      expect(answers['family.children-count']).toMatchObject({
        value: { kind: 'number', value: 3 },
      });
      expect(answers['health.general']).toMatchObject({
        value: { kind: 'text', text: 'Rugpijn sinds de reis' },
      });
      expect(answers['family.household']).toMatchObject({ flag: 'prefer-not' });
      expect(data.case?.notes).toMatchObject([{ text: 'Let op: spanning bij gesprek over gezin' }]);
      // The other top-level types, read generically.
      expect(data.document.explanations).toMatchObject({
        e1: { cardId: 'inburgeringsplicht', understood: false },
      });
      expect(data.drawings).toMatchObject({
        d1: { title: 'Mijn huis', strokes: [{ id: 's1', color: 'blue' }] },
      });
      expect(data.document.translationFlags).toMatchObject([
        { id: 'f1', suggestion: 'هل أنت متزوج؟' },
      ]);
      expect(Object.keys(data.document)).toEqual(
        expect.arrayContaining(['meta', 'profile', 'conversations', 'notes']),
      );
      expect(data.media.references).toEqual([]);
      // Who opened it is in the audit part, without the employee's identity or address.
      expect(data.audit.some((e) => e.action === 'case-opened' && e.outcome === 'ok')).toBe(true);
      expect(JSON.stringify(data.audit)).not.toContain(a.consultant.user.id);

      expect((await api('GET', `/api/cases/${caseId}/export`, a.teamleider)).status).toBe(200);
      const beheerder = await api('GET', `/api/cases/${caseId}/export`, a.beheerder);
      expect(beheerder.status).toBe(403);
      expect(await beheerder.json()).toEqual({ error: 'forbidden' });
      // Another municipality gets the answer of an unknown case: its existence is not confirmed.
      for (const session of [b.consultant, b.teamleider]) {
        const foreign = await api('GET', `/api/cases/${caseId}/export`, session);
        expect(foreign.status).toBe(404);
        expect(await foreign.json()).toEqual({ error: 'not-found' });
        expect((await api('GET', `/api/cases/${caseId}/export.html`, session)).status).toBe(404);
      }
      expect((await api('GET', `/api/cases/${caseId}/export`)).status).toBe(401);
      expect((await api('GET', `/api/cases/not-a-uuid/export`, a.consultant)).status).toBe(400);
      expect((await api('GET', `/api/cases/${randomUUID()}/export`, a.consultant)).status).toBe(
        404,
      );

      const exported = await auditRows('case-exported', name);
      expect(exported.filter((r) => r.outcome === 'ok')).toMatchObject([
        { user_id: a.consultant.user.id, device_id: a.consultant.deviceId, reason: 'json' },
        { user_id: a.teamleider.user.id, reason: 'json' },
      ]);
      expect(exported.filter((r) => r.outcome === 'refused').map((r) => r.reason)).toEqual(
        expect.arrayContaining(['other-organisation']),
      );
      const byRole = await server.db.query(
        "SELECT * FROM audit_log WHERE action = 'case-exported' AND outcome = 'refused' AND reason = 'role-beheerder' AND user_id = $1",
        [a.beheerder.user.id],
      );
      expect(byRole.length).toBeGreaterThanOrEqual(1);
    });

    it('renders a readable Dutch page with every value escaped and nothing the CSP would block', async () => {
      const { caseId, name } = await writeCase(a.consultant, {
        name: `Ali "><script>alert(1)</script>`,
        text: XSS_TEXT,
        ownWords: XSS_WORDS,
      });
      const res = await api('GET', `/api/cases/${caseId}/export.html`, a.consultant);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>\s*<html lang="nl"/);
      // The answer and the name appear as text, never as markup.
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
      expect(html).toContain('Ali &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      // Self-contained: no external or even same-origin assets, no inline event handlers.
      expect(html).not.toMatch(/<(link|iframe|object|embed|base|form)\b/i);
      expect(html).not.toMatch(/<[a-z][^>]*\s(src|href|srcset|on[a-z]+)\s*=/i);
      expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
      // Readable: Dutch question text, tile label, flag, the drawing inline.
      expect(html).toContain('Heeft u een partner?');
      expect(html).toContain('Zeg ik liever niet');
      expect(html).toContain('Brede intake deel A');
      expect(html).toContain('Let op: spanning bij gesprek over gezin');
      expect(html).toMatch(
        /<svg class="drawing"[^>]*>.*<polyline points="100,100 500,500 900,200"/s,
      );
      expect(html).toContain('dir="auto" lang="ar"');

      expect(await auditRows('case-exported', name)).toMatchObject([
        { outcome: 'ok', reason: 'html', user_id: a.consultant.user.id },
      ]);
    });

    it('deletes a case on request: teamleider only, all content gone, and no tablet can bring it back', async () => {
      const { caseId, name, tablet: live } = await writeCase(a.consultant);
      // A second tablet took the case offline: it keeps a full copy of the document.
      const offline = client(name, a.teamleider.accessToken);
      await whenSynced(offline);
      const offlineCopy = Y.encodeStateAsUpdate(offline.doc);
      offline.destroy();
      // The projection exists (the case is listed) before the deletion.
      const listed = async (session: SessionResponse) =>
        ((await (await api('GET', '/api/cases', session)).json()) as { caseId: string }[]).some(
          (c) => c.caseId === caseId,
        );
      await expect
        .poll(
          async () =>
            (await server.db.query('SELECT 1 FROM case_projection WHERE name = $1', [name])).length,
          { timeout: 20_000, interval: 50 },
        )
        .toBe(1);
      expect(await listed(a.consultant)).toBe(true);

      const reason = { reason: 'request-of-person', reference: 'AVG-2026/17' };
      expect((await api('DELETE', `/api/cases/${caseId}`, a.consultant, reason)).status).toBe(403);
      expect((await api('DELETE', `/api/cases/${caseId}`, a.beheerder, reason)).status).toBe(403);
      expect((await api('DELETE', `/api/cases/${caseId}`, b.teamleider, reason)).status).toBe(404);
      expect((await api('DELETE', `/api/cases/${caseId}`, a.teamleider, {})).status).toBe(400);
      // Free text (a name) is not a registration number.
      expect(
        (
          await api('DELETE', `/api/cases/${caseId}`, a.teamleider, {
            reason: 'request-of-person',
            reference: 'Samira Haddad',
          })
        ).status,
      ).toBe(400);
      expect((await api('DELETE', `/api/cases/${caseId}`, undefined, reason)).status).toBe(401);
      expect(await listed(a.consultant)).toBe(true);

      const told = whenToldDeleted(live);
      const res = await api('DELETE', `/api/cases/${caseId}`, a.teamleider, reason);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { ok: boolean; caseId: string; deletedAt: string };
      expect(body).toMatchObject({ ok: true, caseId });
      expect(Number.isNaN(Date.parse(body.deletedAt))).toBe(false);
      // The connected tablet is told at once.
      expect(await told).toBe('closed');

      const count = async (table: string) =>
        (await server.db.query(`SELECT 1 FROM ${table} WHERE name = $1`, [name])).length;
      expect(await count('documents')).toBe(0);
      expect(await count('document_updates')).toBe(0);
      expect(await count('case_projection')).toBe(0);
      expect(await count('case_tombstones')).toBe(1);
      expect(server.sync.documents.has(name)).toBe(false);
      expect(await listed(a.consultant)).toBe(false);
      expect(await listed(a.teamleider)).toBe(false);
      const deleted = (await (await api('GET', '/api/cases/deleted', a.consultant)).json()) as {
        caseId: string;
      }[];
      expect(deleted).toEqual([{ caseId, deletedAt: body.deletedAt }]);
      expect(await (await api('GET', '/api/cases/deleted', b.consultant)).json()).toEqual([]);
      expect((await api('GET', '/api/cases/deleted', a.beheerder)).status).toBe(403);

      // The live tablet goes on typing: nothing of it is stored.
      answerQuestion(live.doc, {
        conversationId: 'c1',
        questionId: 'family.school',
        value: { kind: 'tiles', tileIds: ['yes'] },
        language: 'ar',
        answeredBy: 'inburgeraar',
        now: '2026-11-24T09:00:00Z',
      });
      // The offline tablet reconnects with its full copy: refused, nothing claimed or stored.
      const restored = new Y.Doc();
      Y.applyUpdate(restored, offlineCopy);
      const returning = client(name, a.consultant.accessToken, restored);
      expect(await whenRefused(returning)).toBe('case-deleted');
      // Another municipality is not told that this case existed.
      const foreign = client(name, b.consultant.accessToken);
      expect(await whenRefused(foreign)).toBe('forbidden');
      // Every frame the live tablet sent after the deletion has been taken in by the server: a round trip on the
      // same socket (frames are handled in order), for the municipality's channel.
      await roundTrip(
        live,
        organisationChannelName(a.consultant.user.organisationId),
        a.consultant.accessToken,
      );
      // And nothing can write the case any more: a store needs a copy in memory, and there is none, nor one
      // loading, nor a store of it waiting for its debounce or running. (This waited 600 ms, past the debounce.)
      const storeId = `onStoreDocument-${name}`;
      expect(server.sync.documents.has(name)).toBe(false);
      expect(server.sync.loadingDocuments.has(name)).toBe(false);
      expect(server.sync.debouncer.isDebounced(storeId)).toBe(false);
      expect(server.sync.debouncer.isCurrentlyExecuting(storeId)).toBe(false);
      expect(await count('documents')).toBe(0);
      expect(await count('document_updates')).toBe(0);
      expect(await count('case_projection')).toBe(0);
      expect(await listed(a.consultant)).toBe(false);

      // The store itself refuses the name (other instances, races).
      await expect(server.store.load(name)).rejects.toBeInstanceOf(CaseDeletedError);
      await expect(
        server.store.appendUpdate(name, Y.encodeStateAsUpdate(restored)),
      ).rejects.toBeInstanceOf(CaseDeletedError);
      expect(await server.store.compact(name, Y.encodeStateAsUpdate(restored))).toEqual({
        merged: 0,
      });
      expect(await count('documents')).toBe(0);

      // Export and a second deletion answer 'case-deleted'.
      const gone = await api('GET', `/api/cases/${caseId}/export`, a.consultant);
      expect(gone.status).toBe(410);
      expect(await gone.json()).toEqual({ error: 'case-deleted' });
      expect((await api('DELETE', `/api/cases/${caseId}`, a.teamleider, reason)).status).toBe(410);

      // Audited: who and why, and no personal data anywhere in the audit log.
      const deletions = await auditRows('case-deleted', name);
      expect(deletions.filter((r) => r.outcome === 'ok')).toMatchObject([
        {
          organisation_id: a.teamleider.user.organisationId,
          user_id: a.teamleider.user.id,
          device_id: a.teamleider.deviceId,
          reason: 'request-of-person ref:AVG-2026/17',
        },
      ]);
      expect(deletions.filter((r) => r.outcome === 'refused').map((r) => r.reason)).toEqual(
        expect.arrayContaining([
          'role-consultant',
          'role-beheerder',
          'other-organisation',
          'case-deleted',
        ]),
      );
      const refusedSync = await server.db.query(
        "SELECT * FROM audit_log WHERE action = 'sync' AND target = $1 AND reason = 'case-deleted' AND user_id = $2",
        [name, a.consultant.user.id],
      );
      expect(refusedSync.length).toBeGreaterThanOrEqual(1);
      const leaks = await server.db.query(
        `SELECT * FROM audit_log a WHERE a::text ILIKE '%Samira%' OR a::text ILIKE '%Haddad%' OR a::text ILIKE '%Rugpijn%'`,
      );
      expect(leaks).toEqual([]);
      const tombstone = await server.db.query('SELECT * FROM case_tombstones WHERE name = $1', [
        name,
      ]);
      expect(JSON.stringify(tombstone)).not.toMatch(/Samira|Haddad|Rugpijn/);
    });
  });
}
