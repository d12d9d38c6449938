// The inzage exports stream: exporting a large case (JSON, then the printable page) holds at most three times the
// case's stored size of live server memory at any point of the answer, whatever its length (67 MB of JSON and
// 73 MB of HTML for a case of 33 MB). The server runs as its own process, so its memory is its own.
//
// What is measured: the server's live memory — its JavaScript heap plus what Buffers and byte arrays hold outside
// it — right after a full garbage collection (node --expose-gc, support/heapProbe.mjs). It is read before the
// request, and then on a signal from the answer itself: when its first bytes arrive and after every further
// SAMPLE_BYTES the client has read. The client reads nothing while a reading is taken, so the server stands still
// at that point of the stream. An export that streams holds the loaded case and a chunk or two (measured 1.44× to
// 1.49× on PGlite and PostgreSQL); one that builds its answer before sending it holds the loaded case and the
// whole answer from the first reading on (3.6× measured, with the chunks gathered in an array before the first was
// sent), so the bound of 3× still fails it.
// Why not what was measured before: the peak resident memory (RSS), sampled every 50 ms, counted whatever the
// collector had not yet freed and whatever the heap had grown to earlier, and the start-up compaction sweep
// loading the same case alongside the first export; it measured 0.15× to 3.08× for the same export. Live memory
// after a collection counts only what is still held, and the case is compacted before the measured server starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { addNote, createCase, startConversation } from '../../src/domain/commands';
import { answerQuestion } from '../../src/domain/answers';
import { addStroke, createDrawing, drawingIdFor } from '../../src/domain/drawings';
import type { SessionResponse } from '../../src/protocol/api';
import { caseDocumentName } from '../../src/protocol/documentName';
import { createOrganisation, createUser } from '../../src/server/auth/accounts';
import { createDocumentStore } from '../../src/server/persistence/documentStore';
import { openDatabase } from '../../src/server/persistence/open';
import { startChildServer, type ChildServer } from './support/childServer';
import { connectClient, whenSynced, type Client } from './support/clients';
import { adapters, freshDatabaseConfig } from './support/databases';
import { noteSkipped } from './support/env';
import { dummyDist, PASSWORD } from './support/server';

const MB = 1024 * 1024;
const MEMORY_FACTOR = 3;
/** A reading of the server's live memory after every this many bytes of the answer (and at its first bytes). */
const SAMPLE_BYTES = 4 * MB;

// A large dossier of a real shape: many conversations full of answers in own words, years of notes, and the
// drawings of drawing questions. Strokes are kept to a few drawings: their points take several times their stored
// size as numbers in memory, so a case of drawings only would not fit three times its size even as a loaded Y.Doc.
const CONVERSATIONS = 40;
const ANSWERS_PER_CONVERSATION = 100;
const NOTES = 10000;
const DRAWINGS = 8;
const STROKES_PER_DRAWING = 150;
const POINTS_PER_STROKE = 200;

/** Text of about `length` characters, varied so no two are alike (as real words are). */
const prose = (seed: number, length: number): string => {
  const words = [
    'gezin',
    'werk',
    'taal',
    'school',
    'gezondheid',
    'wonen',
    'vrijwilliger',
    'cursus',
    'buurt',
    'ervaring',
  ];
  let text = `${seed}`;
  for (let i = 0; text.length < length; i++) text += ` ${words[(seed * 7 + i * 3) % words.length]}`;
  return text;
};

/** Writes the case a part at a time (each part one update well under the server's 16 MB), each part acknowledged. */
const writeLargeCase = async (tablet: Client, caseId: string): Promise<void> => {
  const doc = tablet.doc;
  const now = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  createCase(doc, {
    id: caseId,
    name: 'Samira Haddad',
    language: 'ar',
    birthYear: 1990,
    now: now(0),
  });
  for (let c = 0; c < CONVERSATIONS; c++) {
    const conversationId = `c${c}`;
    doc.transact(() => {
      startConversation(doc, {
        id: conversationId,
        type: 'intake-a',
        language: 'ar',
        place: 'azc Utrecht',
        now: now(c),
      });
      for (let q = 0; q < ANSWERS_PER_CONVERSATION; q++) {
        answerQuestion(doc, {
          conversationId,
          questionId: `vraag.${q}`,
          language: 'ar',
          answeredBy: q % 5 === 0 ? 'consultant' : 'inburgeraar',
          value:
            q % 3 === 0
              ? { kind: 'number', value: q }
              : { kind: 'text', text: prose(c * 1000 + q, 700) },
          ownWords: prose(q * 31 + c, 700),
          now: now(c * 1000 + q),
        });
      }
    });
    await whenSynced(tablet);
  }
  for (let n = 0; n < NOTES; n += 500) {
    doc.transact(() => {
      for (let i = n; i < n + 500; i++)
        addNote(doc, {
          id: `n${i}`,
          text: prose(i, 2500),
          author: 'consulent@example.nl',
          now: now(i),
        });
    });
    await whenSynced(tablet);
  }
  for (let d = 0; d < DRAWINGS; d++) {
    const drawingId = drawingIdFor(`c${d}`, 'tekening');
    doc.transact(() => {
      createDrawing(doc, { id: drawingId, title: `Tekening ${d}`, now: now(d) });
      for (let s = 0; s < STROKES_PER_DRAWING; s++) {
        const points: number[] = [];
        for (let p = 0; p < POINTS_PER_STROKE; p++) {
          points.push(
            500 + Math.round(400 * Math.sin((s + p) / 20)),
            500 + Math.round(400 * Math.cos(p / 15)),
            ((p % 32) + 1) / 32,
          );
        }
        addStroke(doc, {
          drawingId,
          id: `s${d}.${s}`,
          color: 'blue',
          points,
          by: 'tablet-1',
          now: now(s),
        });
      }
    });
    await whenSynced(tablet);
  }
};

/**
 * Fetches a URL and reads its body as it comes, keeping only its length and its last bytes; `received` is
 * awaited after each chunk (with the bytes so far), and the next chunk is read only once it resolves.
 */
const consume = async (url: string, token: string, received: (bytes: number) => Promise<void>) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  let head = '';
  let tail = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    const text = decoder.decode(chunk, { stream: true });
    if (head.length < 64) head += text.slice(0, 64);
    tail = (tail + text).slice(-64);
    await received(bytes);
  }
  return { res, bytes, head, tail };
};

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`export memory on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`inzage export memory, on ${kind}`, () => {
    let dbConfig: ReturnType<typeof freshDatabaseConfig>;
    let server: ChildServer;
    let session: SessionResponse;
    const email = `consulent-${randomUUID().slice(0, 8)}@example.nl`;

    const start = async () => {
      server = await startChildServer(
        {
          DIST_DIR: dummyDist(),
          DATA_DIR: dbConfig.dataDir,
          // The case is written in seconds, not at a tablet's pace.
          UPLOAD_BYTES_PER_SECOND: String(1024 * MB),
          UPLOAD_BURST_BYTES: String(1024 * MB),
          ...(dbConfig.databaseUrl
            ? { DATABASE_URL: dbConfig.databaseUrl, DATABASE_SCHEMA: dbConfig.databaseSchema! }
            : {}),
        },
        { heapProbe: true },
      );
      const res = await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, deviceName: 'tablet' }),
      });
      session = (await res.json()) as SessionResponse;
    };

    beforeAll(async () => {
      dbConfig = freshDatabaseConfig(kind);
      const db = await openDatabase(dbConfig);
      const org = await createOrganisation(db, 'Gemeente Groot');
      await createUser(db, {
        organisationId: org.id,
        email,
        role: 'consultant',
        password: PASSWORD,
      });
      await db.close();
      await start();
    });

    afterAll(async () => {
      await server?.stop();
      await dbConfig?.cleanup();
    });

    it('streams the JSON and the HTML inzage of a large case within 3× its stored size of server memory', async () => {
      const caseId = randomUUID();
      const tablet = connectClient(server.wsUrl, caseDocumentName(caseId), session.accessToken);
      let caseBytes: number;
      try {
        await whenSynced(tablet);
        await writeLargeCase(tablet, caseId);
        caseBytes = Y.encodeStateAsUpdate(tablet.doc).byteLength;
      } finally {
        tablet.destroy();
      }
      expect(caseBytes).toBeGreaterThan(20 * MB);
      // The case's update log is folded into its state before the measured server starts, as its start-up
      // compaction sweep would do (it loads the whole case to do so): that sweep then has nothing to do while the
      // exports are measured. Run alongside the first export, it had added up to twice the case to it.
      await server.stop();
      const db = await openDatabase(dbConfig);
      try {
        await createDocumentStore(db).compact(caseDocumentName(caseId));
        expect(await createDocumentStore(db).namesWithLog(1)).toEqual([]);
      } finally {
        await db.close();
      }
      // A fresh server process: the first export after a start is measured as well as the ones after it.
      await start();

      /** Live memory before the request, then its peak over readings taken as the answer arrives. */
      const measure = async (path: string) => {
        const before = (await server.heap()).live;
        let peak = before;
        let readings = 0;
        let next = 0;
        const result = await consume(`${server.url}${path}`, session.accessToken, async (bytes) => {
          if (bytes < next) return;
          next = bytes + SAMPLE_BYTES;
          readings++;
          peak = Math.max(peak, (await server.heap()).live);
        });
        return { ...result, growth: peak - before, readings };
      };

      const first = await measure(`/api/cases/${caseId}/export`);
      const json = await measure(`/api/cases/${caseId}/export`);
      const html = await measure(`/api/cases/${caseId}/export.html`);
      const figure = (name: string, m: { growth: number; bytes: number; readings: number }) =>
        `${name}: +${(m.growth / MB).toFixed(1)} MB for a case of ${(caseBytes / MB).toFixed(1)} MB ` +
        `(${(m.growth / caseBytes).toFixed(2)}×), ${(m.bytes / MB).toFixed(1)} MB sent, ${m.readings} readings`;
      console.log(
        `[export memory on ${kind}] ${figure('first JSON after start', first)}; ${figure('JSON', json)}; ${figure('HTML', html)}`,
      );

      expect(json.res.status).toBe(200);
      expect(json.res.headers.get('cache-control')).toBe('no-store');
      expect(json.head.startsWith('{"format":"samenspraak-inzage"')).toBe(true);
      expect(json.tail.endsWith('}')).toBe(true);
      expect(html.res.status).toBe(200);
      expect(html.res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html.head.startsWith('<!doctype html>')).toBe(true);
      expect(html.tail.endsWith('</html>\n')).toBe(true);
      // Read at its start and all along the answer: a reading per SAMPLE_BYTES (a chunk may overshoot each mark).
      for (const m of [first, json, html])
        expect(m.readings).toBeGreaterThanOrEqual(m.bytes / (2 * SAMPLE_BYTES));
      // The first export after a start within the same bound (8× when RSS was measured: that counted the start-up
      // sweep loading the case alongside it, and the heap growing to hold a loaded case at all).
      expect(first.growth).toBeLessThanOrEqual(MEMORY_FACTOR * caseBytes);
      expect(json.growth).toBeLessThanOrEqual(MEMORY_FACTOR * caseBytes);
      expect(html.growth).toBeLessThanOrEqual(MEMORY_FACTOR * caseBytes);
    }, 180_000);
  });
}
