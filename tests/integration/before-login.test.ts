// Nothing before login costs memory: large frames, endless small frames and idle sockets without a login are refused,
// the server's resident memory stays near where it started, the audit log is not flooded, and an honest tablet
// keeps syncing every answer throughout. The server runs as its own process, so its memory is its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import type { SessionResponse } from '../../src/protocol/api';
import { createOrganisation, createUser } from '../../src/server/auth/accounts';
import { openDatabase } from '../../src/server/persistence/open';
import { startChildServer, type ChildServer } from './support/childServer';
import { connectClient, whenSynced, type Client } from './support/clients';
import { adapters, freshDatabaseConfig } from './support/databases';
import { noteSkipped } from './support/env';
import { authMessage, MESSAGE, openRaw, updateMessage } from './support/rawSocket';
import { dummyDist, PASSWORD } from './support/server';

const FRAME_BYTES = 15 * 1024 * 1024;
const LARGE_FRAMES = 60;
const LOGIN_TIMEOUT_MS = 2000;
const SOCKETS_PER_ADDRESS = 8;

/** A process's resident memory now (VmRSS) or its peak (VmHWM), bytes. */
const residentBytes = (pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
};

/** Sets the process's peak resident memory (VmHWM) to what it holds now (Linux, clear_refs 5). */
const resetPeak = (pid: number): void => writeFileSync(`/proc/${pid}/clear_refs`, '5');

/** A frame that reads as a sync message of a document, padded to the given size. */
const syncFrame = (documentName: string, bytes: number): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, MESSAGE.sync);
  encoding.writeVarUint(e, 2);
  const head = encoding.toUint8Array(e);
  const frame = new Uint8Array(bytes);
  frame.set(head);
  return frame;
};

interface Raw {
  ws: WebSocket;
  opened: Promise<boolean>;
  closed: Promise<number>;
}

/** A websocket that reports whether it opened (false: refused at the upgrade) and its close code. */
const raw = (wsUrl: string): Raw => {
  const ws = new WebSocket(wsUrl);
  ws.on('error', () => undefined);
  return {
    ws,
    opened: new Promise((resolve) => {
      ws.once('open', () => resolve(true));
      ws.once('unexpected-response', () => resolve(false));
      ws.once('error', () => resolve(false));
    }),
    closed: new Promise((resolve) => ws.once('close', (code) => resolve(code))),
  };
};

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`before login on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`nothing before login costs memory, on ${kind}`, () => {
    let dbConfig: ReturnType<typeof freshDatabaseConfig>;
    let server: ChildServer;
    let session: SessionResponse;
    const clients: Client[] = [];

    beforeAll(async () => {
      dbConfig = freshDatabaseConfig(kind);
      const email = `consulent-${randomUUID().slice(0, 8)}@example.nl`;
      const db = await openDatabase(dbConfig);
      const org = await createOrganisation(db, 'Gemeente Drempel');
      await createUser(db, {
        organisationId: org.id,
        email,
        role: 'consultant',
        password: PASSWORD,
      });
      await db.close();
      server = await startChildServer({
        DIST_DIR: dummyDist(),
        DATA_DIR: dbConfig.dataDir,
        SYNC_LOGIN_TIMEOUT_MS: String(LOGIN_TIMEOUT_MS),
        SYNC_SOCKETS_BEFORE_LOGIN_PER_ADDRESS: String(SOCKETS_PER_ADDRESS),
        ...(dbConfig.databaseUrl
          ? { DATABASE_URL: dbConfig.databaseUrl, DATABASE_SCHEMA: dbConfig.databaseSchema! }
          : {}),
      });
      const res = await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, deviceName: 'honest tablet' }),
      });
      session = (await res.json()) as SessionResponse;
    });

    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
      await dbConfig?.cleanup();
    });

    it("logs a client's mistakes in one line each, without a stack trace", async () => {
      const name = `case/${randomUUID()}`;
      const before = server.output().length;
      // After login: an update that does not decode. Before login: bytes that are no message at all.
      const broken = openRaw(server.wsUrl);
      await broken.opened;
      broken.ws.send(authMessage(name, session.accessToken));
      broken.ws.send(updateMessage(name, new Uint8Array([1, 5, 200, 200, 200, 200, 200, 3, 7])));
      // Hocuspocus answers with a Close message for the document (the socket itself stays).
      await broken.whenReceived(MESSAGE.close);
      broken.ws.close();
      const garbage = raw(server.wsUrl);
      expect(await garbage.opened).toBe(true);
      garbage.ws.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]));
      expect(await garbage.closed).toBe(4400);
      // The refusal's line has come in from the server (Hocuspocus writes it, with any stack, in one write
      // before it closes the document's connection). This waited 200 ms for it.
      await server.printed(/malformed-message/, before);
      const lines = server
        .output()
        .slice(before)
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.filter((l) => l.includes('malformed-message'))).toHaveLength(1);
      expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
      expect(lines.length).toBeLessThanOrEqual(2);
    });

    it('refuses 60 frames of 15 MB, endless small frames and idle sockets, within ~100 MB, while a tablet syncs every answer', async () => {
      const name = `case/${randomUUID()}`;
      const tablet = connectClient(server.wsUrl, name, session.accessToken);
      clients.push(tablet);
      await whenSynced(tablet);
      // The peak is the kernel's (VmHWM, reset here), not RSS sampled on a timer: no peak falls between samples.
      const pid = server.process.pid!;
      resetPeak(pid);
      const start = residentBytes(pid);

      // The honest tablet answers throughout the attack, each answer acknowledged.
      let attacking = true;
      let answered = 0;
      const honest = (async () => {
        while (attacking) {
          tablet.doc.getMap('answers').set(`q${answered}`, `antwoord ${answered}`);
          answered++;
          await whenSynced(tablet);
        }
      })();

      try {
        // 1. Sixty frames of 15 MB, four sockets at a time, without a login: each refused at its header.
        const large = syncFrame(`case/${randomUUID()}`, FRAME_BYTES);
        const codes: number[] = [];
        for (let wave = 0; wave < LARGE_FRAMES / 4; wave++) {
          codes.push(
            ...(await Promise.all(
              Array.from({ length: 4 }, async () => {
                const s = raw(server.wsUrl);
                if (!(await s.opened)) return 429;
                // Half of them first ask for a document with a made-up token, as a tablet would.
                if (wave % 2 === 0) s.ws.send(authMessage(`case/${randomUUID()}`, 'not-a-token'));
                s.ws.send(large);
                return s.closed;
              }),
            )),
          );
        }
        expect(codes).toHaveLength(LARGE_FRAMES);
        expect(
          codes.every((code) => code === 1009),
          `close codes: ${codes.join()}`,
        ).toBe(true);

        // 2. Small frames without end on one socket: dropped, never queued (2000 × 200 kB = 400 MB sent).
        const small = syncFrame(`case/${randomUUID()}`, 200 * 1024);
        const chatty = raw(server.wsUrl);
        expect(await chatty.opened).toBe(true);
        chatty.ws.send(authMessage(`case/${randomUUID()}`, 'not-a-token'));
        for (let i = 0; i < 2000; i++) {
          const written = new Promise<void>((resolve) => chatty.ws.send(small, () => resolve()));
          // Over 8 MB waiting in this process: go on once this frame is written out (ws calls back then, or
          // with an error once the server has closed the socket).
          if (chatty.ws.bufferedAmount > 8 * 1024 * 1024) await written;
        }
        // It never logs in, so the server closes it at the deadline.
        expect(await chatty.closed).toBe(4408);

        // 3. Idle sockets: only a few per address wait for a login, and each is closed at the deadline.
        const idle = Array.from({ length: SOCKETS_PER_ADDRESS + 4 }, () => raw(server.wsUrl));
        const opened = await Promise.all(idle.map((s) => s.opened));
        expect(opened.filter(Boolean)).toHaveLength(SOCKETS_PER_ADDRESS);
        const idleCodes = await Promise.all(idle.filter((_, i) => opened[i]).map((s) => s.closed));
        expect(idleCodes.every((code) => code === 4408)).toBe(true);
      } finally {
        attacking = false;
        await honest;
      }

      const peak = residentBytes(pid, 'VmHWM');
      expect(peak - start).toBeLessThan(100 * 1024 * 1024);
      // Every answer given during the attack is on the server: a fresh tablet gets them all.
      expect(answered).toBeGreaterThan(5);
      const fresh = connectClient(server.wsUrl, name, session.accessToken);
      clients.push(fresh);
      await whenSynced(fresh);
      const answers = fresh.doc.getMap('answers').toJSON();
      expect(Object.keys(answers)).toHaveLength(answered);
      for (let i = 0; i < answered; i++) expect(answers[`q${i}`]).toBe(`antwoord ${i}`);
      // A logged-in socket may still send large frames (a big case on first sync).
      fresh.doc.getMap('answers').set('big', 'x'.repeat(2 * 1024 * 1024));
      await whenSynced(fresh);

      // The refusals are tallied per address and minute: a handful of rows, not one per frame (the rest of
      // the minute is written at shutdown).
      for (const c of clients.splice(0)) c.destroy();
      await server.stop();
      const db = await openDatabase(dbConfig);
      try {
        const rows = await db.query<{ reason: string; count: number }>(
          "SELECT reason, count FROM audit_log WHERE action = 'sync-socket' AND outcome = 'refused'",
        );
        const total = (reason: string) =>
          rows.filter((r) => r.reason === reason).reduce((n, r) => n + Number(r.count), 0);
        expect(rows.length).toBeLessThanOrEqual(12);
        expect(total('message-too-big')).toBe(LARGE_FRAMES);
        expect(total('before-login')).toBeGreaterThan(100);
        expect(total('login-timeout')).toBe(SOCKETS_PER_ADDRESS + 1);
        expect(total('too-many-sockets-before-login')).toBe(4);
      } finally {
        await db.close();
      }
    });
  });
}
