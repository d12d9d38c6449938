// Small leaks (issue 12, point 7), each pinned on the real server: the HTML inzage holds every value of the
// JSON inzage; the audit log shows no other municipality's people, devices or addresses; content media of
// another municipality looks unknown; only teamleider and beheerder delete content media; a 500 carries no
// database text; and a case id stays with the municipality that claimed it first, by every path.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { TEACH_BACK_DONT_KNOW } from '../../src/content/explanations';
import { answerEntriesMap, answerQuestion, chooseTile } from '../../src/domain/answers';
import { addNote, createCase, startConversation } from '../../src/domain/commands';
import { endConversation, flagTranslation, recordFeedback } from '../../src/domain/conversationEnd';
import { addStroke, createDrawing, drawingIdFor } from '../../src/domain/drawings';
import { recordExplanation } from '../../src/domain/explanations';
import { conversationsMap } from '../../src/domain/schema';
import type { AuditPage, SessionResponse } from '../../src/protocol/api';
import { caseDocumentName } from '../../src/protocol/documentName';
import { claimDocument, documentOwner } from '../../src/server/persistence/documentOwners';
import {
  connectClient,
  until,
  whenAuthenticated,
  whenRefused,
  whenSynced,
  type Client,
} from './support/clients';
import { adapters } from './support/databases';
import { DATABASE_URL, noteSkipped } from './support/env';
import {
  startTestServer,
  twoMunicipalities,
  type SessionsA,
  type SessionsB,
  type TestServer,
} from './support/server';
import { callApi, type ApiCall } from './support/api';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy';

// ---- Reading the inzage page as a person does -------------------------------------------------------

type Leaf = { path: string; value: string | number | boolean };

/** Every string, number and boolean of a JSON value, with where it sits (null carries nothing to show). */
const leavesOf = (value: unknown, path = ''): Leaf[] => {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, path ? `${path}.${k}` : k));
  return [];
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const unescapeHtml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) =>
    code[0] === '#'
      ? String.fromCodePoint(
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
        )
      : (ENTITIES[code.toLowerCase()] ?? whole),
  );
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The words of the page: no style sheet, no markup (so no attribute values), entities decoded. */
const pageText = (html: string): string =>
  collapse(unescapeHtml(html.replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]*>/g, ' ')));

/** A value as a whole word of the text: "ok" must not count because the page says "ook". */
const asWord = (value: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'u',
  );

const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The normalisation of "appears in the page": a string as a whole word of the text (whitespace collapsed;
 * an empty string carries nothing); a date or time either verbatim in the text or as the exact value of a
 * <time datetime="…"> element (the reader sees it in Dutch, the value itself is kept unchanged); a number
 * as written by JavaScript (1987, 0.37); a boolean as "ja" or "nee".
 */
const appearsIn =
  (html: string, text: string) =>
  (leaf: Leaf): boolean => {
    const { value } = leaf;
    if (typeof value === 'boolean') return asWord(value ? 'ja' : 'nee').test(text);
    if (typeof value === 'number') return asWord(String(value)).test(text);
    const v = collapse(value);
    if (v === '') return true;
    if (DATE_OR_TIME.test(v) && html.includes(`<time datetime="${v}"`)) return true;
    return asWord(v).test(text);
  };

// ---- Fixtures ------------------------------------------------------------------------------------------

const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const WEBM = [0x1a, 0x45, 0xdf, 0xa3];
const file = (magic: number[], size = 64): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size).fill(5);
  bytes.set(magic);
  return bytes;
};

/** Words a database error message would carry: SQL, connection errors, driver and table names. */
const DATABASE_WORDS =
  /relation|syntax|column|table|ECONNREFUSED|ECONNRESET|pglite|postgres|pool|connection|database|terminated|sql|case_projection|documents|audit_log|users|devices|stack|at \w+ \(/i;

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`small leaks on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`small leaks on ${kind}`, () => {
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
    /** Status and body of a response, to compare two answers whole. */
    const answer = async (response: Response) => ({
      status: response.status,
      body: await response.text(),
    });

    const upload = (
      session: SessionResponse,
      query: Record<string, string>,
      bytes: Uint8Array<ArrayBuffer>,
      mime: string,
    ) =>
      fetch(`${server.url}/api/content-media?${new URLSearchParams(query)}`, {
        method: 'POST',
        headers: { 'content-type': mime, authorization: `Bearer ${session.accessToken}` },
        body: bytes,
      });
    const listedMedia = async (session: SessionResponse) =>
      ((await (await api('GET', '/api/content-media', session)).json()) as { id: string }[]).map(
        (m) => m.id,
      );

    /** A case opened (claimed) by the session's tablet, with a name written into it. */
    const syncedCase = async (session: SessionResponse) => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      const tablet = client(name, session.accessToken);
      await whenSynced(tablet);
      createCase(tablet.doc, {
        id: caseId,
        name: 'Dawit Haile',
        language: 'ti',
        now: '2026-11-23T09:00:00Z',
      });
      await whenSynced(tablet);
      return { caseId, name, tablet };
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      ({ a, b } = await twoMunicipalities(server, 'Lek'));
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
    });

    // ---- a. The HTML inzage holds everything the JSON inzage holds ---------------------------------------

    it('a. the HTML inzage shows every value of the JSON inzage', async () => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      // A recorded prompt of the municipality that an answer refers to: listed with its facts under media.
      const recordingId = randomUUID();
      expect(
        (
          await upload(
            a.consultant,
            { id: recordingId, kind: 'prompt', key: 'content:tile.yes', language: 'ti' },
            file(WEBM, 300),
            'audio/webm',
          )
        ).status,
      ).toBe(201);

      const tablet = client(name, a.consultant.accessToken);
      await whenSynced(tablet);
      const doc = tablet.doc;
      const intake = 'conv-intake-7';
      const pip = 'conv-pip-2';
      const author = {
        deviceId: randomUUID(),
        deviceName: 'Tablet Zeist-3',
        user: 'consultant.zeist@example.nl',
      };
      const other = {
        deviceId: randomUUID(),
        deviceName: 'Tablet Zeist-9',
        user: 'collega.zeist@example.nl',
      };
      createCase(doc, {
        id: caseId,
        name: 'Selam Tesfay-Gebru',
        language: 'ti',
        birthYear: 1987,
        now: '2026-11-23T08:59:00Z',
      });
      startConversation(doc, {
        id: intake,
        type: 'intake-a',
        language: 'ti',
        place: 'azc Zeist, kamer 12',
        participants: {
          tolk: { language: 'ti', name: 'Tolk Berhane' },
          sleutelpersoon: { name: 'Sleutelpersoon Saba' },
        },
        hideSensitive: true,
        now: '2026-11-23T09:00:00Z',
      });
      const said = {
        conversationId: intake,
        language: 'ti',
        answeredBy: 'inburgeraar' as const,
        author,
      };
      answerQuestion(doc, {
        ...said,
        questionId: 'family.partner',
        value: { kind: 'tiles', tileIds: ['partner-here'] },
        ownWords: 'ብሓባር ኢና ንነብር',
        now: '2026-11-23T09:01:00Z',
      });
      answerQuestion(doc, {
        ...said,
        questionId: 'family.children-count',
        value: { kind: 'number', value: 13 },
        now: '2026-11-23T09:02:00Z',
      });
      answerQuestion(doc, {
        ...said,
        questionId: 'health.pain',
        value: { kind: 'text', text: 'Rugpijn sinds de lange reis' },
        now: '2026-11-23T09:03:00Z',
      });
      answerQuestion(doc, {
        ...said,
        answeredBy: 'via-tolk',
        questionId: 'family.household',
        flag: 'prefer-not',
        now: '2026-11-23T09:04:00Z',
      });
      // A conflict: the same question answered differently on a second tablet while the two were apart.
      const apart = new Y.Doc();
      Y.applyUpdate(apart, Y.encodeStateAsUpdate(doc));
      answerQuestion(doc, {
        ...said,
        questionId: 'health.medicine',
        value: { kind: 'tiles', tileIds: ['yes'] },
        now: '2026-11-23T09:05:00Z',
      });
      answerQuestion(apart, {
        ...said,
        author: other,
        questionId: 'health.medicine',
        value: { kind: 'tiles', tileIds: ['no'] },
        now: '2026-11-23T09:06:00Z',
      });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(apart));
      // An answer with a recording (written as the tablet's recorder stores it).
      answerEntriesMap(doc).set('entry-recording-1', {
        conversationId: intake,
        questionId: 'family.school',
        language: 'ti',
        answeredBy: 'via-tolk',
        flag: 'later',
        audioRef: recordingId,
        at: '2026-11-23T09:07:00Z',
      });
      addNote(doc, {
        id: 'note-zeist-1',
        text: 'Wil graag een vrouwelijke tolk',
        author: 'consultant.zeist@example.nl',
        device: author,
        now: '2026-11-23T09:08:00Z',
      });
      recordExplanation(doc, {
        id: 'explanation-1',
        cardId: 'inburgeringsplicht',
        conversationId: intake,
        language: 'ti',
        understood: false,
        answerTileId: TEACH_BACK_DONT_KNOW,
        now: '2026-11-23T09:09:00Z',
      });
      flagTranslation(doc, {
        id: 'flag-1',
        conversationId: intake,
        textKey: 'content:question.family.partner.text',
        language: 'ti',
        shownText: 'መጻምዲ ኣለኩም ድዩ?',
        suggestion: 'ሰብኣይ ወይ ሰበይቲ ኣለኩም ድዩ?',
        now: '2026-11-23T09:10:00Z',
      });
      recordFeedback(doc, {
        conversationId: intake,
        feedback: {
          clear: 'good',
          respectful: 'neutral',
          length: 'bad',
          at: '2026-11-23T09:11:00Z',
        },
      });
      endConversation(doc, { conversationId: intake, now: '2026-11-23T09:12:00Z' });
      // The PIP conversation: chosen kinds of work (tiles added at different times) and a drawn dream job.
      startConversation(doc, { id: pip, type: 'pip', language: 'ti', now: '2026-12-01T10:00:00Z' });
      const pipSaid = {
        conversationId: pip,
        language: 'ti',
        answeredBy: 'inburgeraar' as const,
        author,
      };
      chooseTile(doc, {
        ...pipSaid,
        questionId: 'future.try-hands',
        tileId: 'job-farming',
        chosen: true,
        id: 'mark-farming',
        now: '2026-12-01T10:01:00Z',
      });
      chooseTile(doc, {
        ...pipSaid,
        questionId: 'future.try-hands',
        tileId: 'job-mechanic',
        chosen: true,
        id: 'mark-mechanic',
        now: '2026-12-01T10:02:00Z',
      });
      const drawingId = drawingIdFor(pip, 'future.dream-job');
      createDrawing(doc, { id: drawingId, title: 'Mijn droombaan', now: '2026-12-01T10:03:00Z' });
      addStroke(doc, {
        drawingId,
        id: 'stroke-a',
        color: 'green',
        size: 31,
        points: [123, 457, 0.37, 811, 222, 0.81],
        by: 'tablet-zeist-3',
        now: '2026-12-01T10:04:00Z',
      });
      answerQuestion(doc, {
        ...pipSaid,
        questionId: 'future.dream-job',
        drawingRef: drawingId,
        now: '2026-12-01T10:05:00Z',
      });
      // What a newer app may write: a field the server does not know inside a known part, and a whole new part.
      conversationsMap(doc).get(pip)!.set('agreedGoal', 'Eerst taal B1, dan werk in de zorg');
      doc
        .getMap('pipAgreements')
        .set('goal-1', { text: 'Taalcursus B1 volgen', due: '2027-03-01', confirmed: true });
      await whenSynced(tablet);

      // The teamleider hands the case to the consultant: its audit entry names the consultant by id.
      expect(
        (
          await api('POST', `/api/cases/${caseId}/assign`, a.teamleider, {
            userId: a.consultant.user.id,
          })
        ).status,
      ).toBe(200);

      // The tablet leaves and the server stores and unloads the case: nothing changes between the two exports.
      await expect
        .poll(
          async () =>
            (await server.db.query('SELECT 1 FROM case_projection WHERE name = $1', [name])).length,
          { timeout: 20_000, interval: 50 },
        )
        .toBe(1);
      tablet.destroy();
      await until(() => !server.sync.documents.has(name));

      const json = await api('GET', `/api/cases/${caseId}/export`, a.consultant);
      expect(json.status).toBe(200);
      const raw = await json.text();
      const data = JSON.parse(raw) as Record<string, unknown>;
      // The audit part says when and what, never which employee (not even as the reason of an assignment).
      expect(raw).toContain('"action":"assign-case"');
      expect(raw).not.toContain(a.consultant.user.id);
      const page = await api('GET', `/api/cases/${caseId}/export.html`, a.consultant);
      expect(page.status).toBe(200);
      const html = await page.text();
      const text = pageText(html);

      // The moment of the export is the page's own (it is made a moment later); every other value must be there.
      const leaves = leavesOf(data).filter((l) => l.path !== 'exportedAt');
      expect(leaves.length).toBeGreaterThan(150);
      // The rich parts are really in the JSON, so the walk below covers them.
      expect(leaves.map((l) => l.value)).toEqual(
        expect.arrayContaining([
          'Wil graag een vrouwelijke tolk',
          'Taalcursus B1 volgen',
          'Eerst taal B1, dan werk in de zorg',
          0.375,
          recordingId,
          'audio/webm',
        ]),
      );
      const missing = leaves
        .filter((l) => !appearsIn(html, text)(l))
        .map((l) => `${l.path} = ${JSON.stringify(l.value)}`);
      expect(missing).toEqual([]);
      // Still escaped and self-contained.
      expect(html).not.toMatch(/<script|<img|<link|https?:\/\//i);
    });

    // ---- b. The audit log shows only the municipality's own people, devices and addresses ------------------

    it('b. the audit log of an own case shows attempts from elsewhere without their user, device, e-mail or address', async () => {
      const { caseId, name } = await syncedCase(a.consultant);
      // Municipality B tries the case by sync and by REST; someone with a forged token tries it too.
      expect(await whenRefused(client(name, b.consultant.accessToken))).toBe('forbidden');
      expect((await api('GET', `/api/cases/${caseId}/export`, b.teamleider)).status).toBe(404);
      expect(await whenRefused(client(name, 'not-a-token'))).toBe('invalid-token');

      const res = await api('GET', `/api/audit?caseId=${caseId}&limit=200`, a.teamleider);
      expect(res.status).toBe(200);
      const raw = await res.text();
      const { entries } = JSON.parse(raw) as AuditPage;
      const foreignRows = await server.db.query<{ id: unknown }>(
        'SELECT id FROM audit_log WHERE target = $1 AND organisation_id IS DISTINCT FROM $2',
        [name, a.teamleider.user.organisationId],
      );
      const foreignIds = new Set(foreignRows.map((r) => Number(r.id)));
      const foreign = entries.filter((e) => foreignIds.has(e.id));
      // The attempts are shown (when, what, why) ...
      expect(foreign.length).toBeGreaterThanOrEqual(3);
      expect(foreign.map((e) => e.reason)).toEqual(
        expect.arrayContaining(['other-organisation', 'invalid-token']),
      );
      // ... but not who made them, from which device or address.
      for (const e of foreign)
        expect(e).toMatchObject({ userId: null, userEmail: null, deviceId: null, ip: null });
      for (const secret of [
        b.consultant.user.id,
        b.consultant.deviceId,
        b.consultant.user.email,
        b.teamleider.user.id,
        b.teamleider.deviceId,
        b.teamleider.user.email,
      ]) {
        expect(raw).not.toContain(secret);
      }
      // The municipality's own entries keep their user, device and address.
      expect(entries.find((e) => e.action === 'case-opened')).toMatchObject({
        userId: a.consultant.user.id,
        userEmail: a.consultant.user.email,
        deviceId: a.consultant.deviceId,
        ip: expect.any(String),
      });
    });

    // ---- c. Content media of another municipality looks unknown ---------------------------------------------

    it('c. content media of another municipality answers exactly like an unknown id', async () => {
      const id = randomUUID();
      expect(
        (
          await upload(
            a.teamleider,
            { id, kind: 'photo', key: 'tile:job-farming' },
            file(JPEG),
            'image/jpeg',
          )
        ).status,
      ).toBe(201);
      const unknown = randomUUID();
      for (const [method, session] of [
        ['GET', b.consultant],
        ['GET', b.teamleider],
        ['DELETE', b.teamleider],
      ] as const) {
        const foreign = await answer(await api(method, `/api/content-media/${id}`, session));
        expect(foreign).toEqual(
          await answer(await api(method, `/api/content-media/${unknown}`, session)),
        );
        expect(foreign).toEqual({ status: 404, body: JSON.stringify({ error: 'not-found' }) });
      }
      // Refused and audited, and still there for its own municipality.
      const refused = await server.db.query(
        "SELECT reason FROM audit_log WHERE outcome = 'refused' AND target = $1 AND user_id = $2",
        [id, b.teamleider.user.id],
      );
      expect(refused.length).toBe(2);
      expect(await listedMedia(a.consultant)).toContain(id);
      expect((await api('GET', `/api/content-media/${id}`, a.consultant)).status).toBe(200);
    });

    // ---- d. Only teamleider or beheerder delete municipal content media -------------------------------------

    it('d. a consultant may not delete content media; a teamleider and a beheerder may', async () => {
      const photo = randomUUID();
      expect(
        (
          await upload(
            a.consultant,
            { id: photo, kind: 'photo', key: 'tile:job-building' },
            file(JPEG),
            'image/jpeg',
          )
        ).status,
      ).toBe(201);
      const refused = await api('DELETE', `/api/content-media/${photo}`, a.consultant);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'forbidden' });
      // The media stays, for everyone of the municipality.
      expect(await listedMedia(a.teamleider)).toContain(photo);
      expect((await api('GET', `/api/content-media/${photo}`, a.consultant)).status).toBe(200);
      expect(
        await server.db.query(
          "SELECT 1 FROM audit_log WHERE outcome = 'refused' AND reason = 'role-consultant' AND target = $1",
          [photo],
        ),
      ).toHaveLength(1);

      expect((await api('DELETE', `/api/content-media/${photo}`, a.teamleider)).status).toBe(200);
      expect(await listedMedia(a.consultant)).not.toContain(photo);

      const prompt = randomUUID();
      expect(
        (
          await upload(
            a.consultant,
            { id: prompt, kind: 'prompt', key: 'content:tile.no', language: 'ti' },
            file(WEBM),
            'audio/webm',
          )
        ).status,
      ).toBe(201);
      expect((await api('DELETE', `/api/content-media/${prompt}`, a.beheerder)).status).toBe(200);
      expect(await listedMedia(a.consultant)).not.toContain(prompt);
    });

    // ---- f. A case id stays with the municipality that claimed it first -----------------------------------

    it('f. a case claimed by A before it has content is refused to B by sync and by every REST route', async () => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      // A's tablet has opened the new case but has not written anything yet.
      const tablet = client(name, a.consultant.accessToken);
      await whenAuthenticated(tablet);
      expect(await documentOwner(server.db, name)).toBe(a.consultant.user.organisationId);

      expect(await whenRefused(client(name, b.consultant.accessToken))).toBe('forbidden');
      expect(await whenRefused(client(name, b.teamleider.accessToken))).toBe('forbidden');
      for (const [method, path, session, body] of [
        ['GET', `/api/cases/${caseId}/export`, b.consultant, undefined],
        ['GET', `/api/cases/${caseId}/export.html`, b.teamleider, undefined],
        ['POST', `/api/cases/${caseId}/assign`, b.teamleider, { userId: b.consultant.user.id }],
        ['DELETE', `/api/cases/${caseId}`, b.teamleider, { reason: 'duplicate' }],
      ] as const) {
        const res = await api(method, path, session, body);
        expect(res.status, `${method} ${path}`).toBe(404);
      }
      expect(await documentOwner(server.db, name)).toBe(a.consultant.user.organisationId);
      expect(
        await server.db.query('SELECT 1 FROM case_tombstones WHERE name = $1', [name]),
      ).toEqual([]);
      // A writes on, unhindered.
      createCase(tablet.doc, {
        id: caseId,
        name: 'Aster',
        language: 'ti',
        now: '2026-11-23T09:00:00Z',
      });
      await whenSynced(tablet);
    });

    it('f. a case id nobody has synced cannot be claimed through REST, and stays free for the first tablet', async () => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      for (const [method, path, body, status] of [
        ['GET', `/api/cases/${caseId}/export`, undefined, 404],
        ['GET', `/api/cases/${caseId}/export.html`, undefined, 404],
        ['POST', `/api/cases/${caseId}/assign`, { userId: b.consultant.user.id }, 404],
        ['DELETE', `/api/cases/${caseId}`, { reason: 'duplicate' }, 404],
        ['GET', `/api/audit?caseId=${caseId}`, undefined, 200],
      ] as const) {
        expect((await api(method, path, b.teamleider, body)).status, `${method} ${path}`).toBe(
          status,
        );
      }
      // Nothing was recorded for B: no owner, no tombstone that would block A.
      expect(await documentOwner(server.db, name)).toBeUndefined();
      expect(
        await server.db.query('SELECT 1 FROM case_tombstones WHERE name = $1', [name]),
      ).toEqual([]);
      const tablet = client(name, a.consultant.accessToken);
      await whenSynced(tablet);
      expect(await documentOwner(server.db, name)).toBe(a.consultant.user.organisationId);
    });

    it('f. a deleted case (only its tombstone left) cannot be claimed by another municipality by any path', async () => {
      const { caseId, name, tablet } = await syncedCase(a.consultant);
      tablet.destroy();
      expect(
        (await api('DELETE', `/api/cases/${caseId}`, a.teamleider, { reason: 'entered-in-error' }))
          .status,
      ).toBe(200);
      expect(await documentOwner(server.db, name)).toBeUndefined();

      expect(await whenRefused(client(name, b.consultant.accessToken))).toBe('forbidden');
      for (const [method, path, body] of [
        ['GET', `/api/cases/${caseId}/export`, undefined],
        ['POST', `/api/cases/${caseId}/assign`, { userId: b.consultant.user.id }],
        ['DELETE', `/api/cases/${caseId}`, { reason: 'duplicate' }],
      ] as const) {
        expect((await api(method, path, b.teamleider, body)).status, `${method} ${path}`).toBe(404);
      }
      // The claim sync makes after its tombstone check (the two are separate statements, so a deletion can
      // land between them): it must not hand the name to B either, nor leave an owner record behind.
      expect(
        await claimDocument(
          server.db,
          name,
          b.consultant.user.organisationId,
          b.consultant.user.id,
        ),
      ).toBe(a.teamleider.user.organisationId);
      expect(await server.db.query('SELECT 1 FROM documents WHERE name = $1', [name])).toEqual([]);
      // B's teamleider sees nothing of A's deleted case in the audit log but B's own attempts.
      const { entries } = (await (
        await api('GET', `/api/audit?caseId=${caseId}&limit=200`, b.teamleider)
      ).json()) as AuditPage;
      expect(entries.length).toBeGreaterThan(0);
      expect(
        entries.every(
          (e) => e.userId === b.consultant.user.id || e.userId === b.teamleider.user.id,
        ),
      ).toBe(true);
    });

    it('f. two municipalities opening a new case id at the same moment: exactly one owns it, for good', async () => {
      for (let round = 0; round < 4; round++) {
        const caseId = randomUUID();
        const name = caseDocumentName(caseId);
        const first = client(name, a.consultant.accessToken);
        const second = client(name, b.consultant.accessToken);
        const outcome = (c: Client) =>
          Promise.race([
            whenAuthenticated(c).then(() => 'owner'),
            whenRefused(c).then((reason) => reason),
          ]);
        const [ofA, ofB, ...rest] = await Promise.all([
          outcome(first),
          outcome(second),
          // REST attempts of B at the same time claim nothing.
          api('GET', `/api/cases/${caseId}/export`, b.teamleider).then((r) => r.status),
          api('POST', `/api/cases/${caseId}/assign`, b.teamleider, {
            userId: b.consultant.user.id,
          }).then((r) => r.status),
          claimDocument(server.db, name, b.consultant.user.organisationId),
          claimDocument(server.db, name, a.consultant.user.organisationId),
        ]);
        expect([ofA, ofB].sort()).toEqual(['forbidden', 'owner']);
        const owner =
          ofA === 'owner' ? a.consultant.user.organisationId : b.consultant.user.organisationId;
        expect(await documentOwner(server.db, name)).toBe(owner);
        // Every claim answered with the one owner.
        expect(rest.slice(2)).toEqual([owner, owner]);
        expect(rest.slice(0, 2).every((status) => status === 404 || status === 200)).toBe(true);
        // The loser trying again is still refused; the owner record never changes.
        const loser = ofA === 'owner' ? b.consultant : a.consultant;
        expect(await whenRefused(client(name, loser.accessToken))).toBe('forbidden');
        expect(await documentOwner(server.db, name)).toBe(owner);
        first.destroy();
        second.destroy();
      }
    });
  });

  // ---- e. A 500 never carries database text; malformed requests are a plain 4xx ---------------------------

  describe.skipIf(!enabled)(`server errors on ${kind}`, () => {
    let server: TestServer;
    let proxy: TcpProxy | undefined;
    let session: SessionResponse;

    beforeAll(async () => {
      // PostgreSQL through a proxy, so the database can also become unreachable.
      if (kind === 'postgres') {
        const target = new URL(DATABASE_URL!);
        proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
        target.host = `127.0.0.1:${proxy.port}`;
        server = await startTestServer(kind, { databaseUrl: target.toString() });
      } else {
        server = await startTestServer(kind);
      }
      session = await server.session(
        (await server.organisation('Gemeente Storing')).emails.consultant,
      );
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });
    afterAll(async () => {
      await server?.stop();
      await proxy?.close();
    });

    const get = (path: string) =>
      fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
    const post = (path: string, body: string, contentType: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });

    /** A 500 whose body is the plain code and nothing of the database. */
    const expectPlain500 = async (response: Response) => {
      const body = await response.text();
      expect(response.status).toBe(500);
      expect(body).toBe(JSON.stringify({ error: 'server-error' }));
      expect(body).not.toMatch(DATABASE_WORDS);
    };

    it('e. malformed requests are a plain 4xx without internal text, logged in one line', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      for (const [body, contentType, status] of [
        ['{"email": "x@example.nl", ', 'application/json', 400],
        ['', 'application/json', 400],
        ['<email/>', 'application/xml', 415],
      ] as const) {
        const res = await post('/api/login', body, contentType);
        expect(res.status, `${contentType} ${body}`).toBe(status);
        expect(await res.text()).toBe(JSON.stringify({ error: 'invalid-request' }));
      }
      const lines = warn.mock.calls.map((call) => call.map(String).join(' '));
      expect(lines.length).toBe(3);
      // One line each, with what was wrong, and no stack.
      for (const line of lines) {
        expect(line).not.toContain('\n');
        expect(line).toMatch(/POST \/api\/login/);
      }
    });

    it('e. a failing query answers 500 {error: server-error}, and the error is logged on the server', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      // The case list's table is gone: the database answers with its own words (relation, table name).
      await server.db.query('ALTER TABLE case_projection RENAME TO case_projection_away');
      try {
        await expectPlain500(await get('/api/cases'));
      } finally {
        await server.db.query('ALTER TABLE case_projection_away RENAME TO case_projection');
      }
      // The operator does see what went wrong.
      expect(
        error.mock.calls.some((call) =>
          call
            .map((part) => (part instanceof Error ? `${part.message}` : String(part)))
            .join(' ')
            .includes('case_projection'),
        ),
      ).toBe(true);
      expect((await get('/api/cases')).status).toBe(200);
    });

    // Only PostgreSQL is reached over the network (PGlite runs in the server's own process).
    if (kind === 'postgres') {
      it('e. an unreachable database answers 500 {error: server-error}', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        await proxy!.shut();
        try {
          await expectPlain500(await get('/api/me'));
        } finally {
          await proxy!.open();
        }
      });
    }

    it('e. a closed database answers 500 {error: server-error}', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await server.db.close();
      await expectPlain500(await get('/api/me'));
      await expectPlain500(await get('/api/cases'));
    });
  });
}
