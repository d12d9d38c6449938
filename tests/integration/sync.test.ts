// Sync: two tablets converge after offline edits; malformed and oversized messages are refused while others are served.
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { startCompactionSweep } from '../../src/server/collab/compaction';
import {
  connectClient,
  goOffline,
  snapshot,
  until,
  whenRefused,
  whenSynced,
  type Client,
} from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { authMessage, MESSAGE, openRaw, updateMessage } from './support/rawSocket';
import { startTestServer, type TestServer } from './support/server';

const MAX_MESSAGE_BYTES = 256 * 1024;

/** Counts the Yjs update messages (sync, sub-type update) a client receives from now on. */
const countUpdatesReceived = (c: Client) => {
  let count = 0;
  c.provider.on('message', ({ event }: { event: MessageEvent<ArrayBuffer> }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 2) count++;
  });
  return () => count;
};

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`sync on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`sync on ${kind}`, () => {
    let server: TestServer;
    let token: string;
    const clients: Client[] = [];
    const client = (name: string, doc?: Y.Doc) => {
      const c = connectClient(server.wsUrl, name, token, doc);
      clients.push(c);
      return c;
    };

    beforeAll(async () => {
      server = await startTestServer(kind, { maxMessageBytes: MAX_MESSAGE_BYTES });
      const org = await server.organisation('Gemeente Sync');
      token = (await server.session(org.emails.consultant)).accessToken;
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
    });

    it('two tablets that edit the same case offline, even the same question, converge', async () => {
      const name = `case/${randomUUID()}`;
      const a = client(name);
      const b = client(name);
      a.doc.getMap('answers').set('q0', 'shared start');
      await Promise.all([whenSynced(a), whenSynced(b)]);
      await until(() => b.doc.getMap('answers').get('q0') === 'shared start');

      await Promise.all([goOffline(a), goOffline(b)]);
      a.doc.getMap('answers').set('q1', 'answer of tablet A');
      a.doc.getMap('answers').set('qa', 'only A');
      b.doc.getMap('answers').set('q1', 'answer of tablet B');
      b.doc.getMap('answers').set('qb', 'only B');
      b.doc.getArray('notes').push(['note of B']);

      await Promise.all([a.socket.connect(), b.socket.connect()]);
      await Promise.all([whenSynced(a), whenSynced(b)]);
      await until(() => isDeepStrictEqual(snapshot(a.doc), snapshot(b.doc)));

      const result = snapshot(a.doc);
      expect(result.answers).toMatchObject({ q0: 'shared start', qa: 'only A', qb: 'only B' });
      expect(['answer of tablet A', 'answer of tablet B']).toContain(result.answers.q1);
      expect(result.notes).toEqual(['note of B']);
      expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));

      // The server holds the same state in its store.
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(name));
      expect(snapshot(stored)).toEqual(result);
    });

    it('refuses the connection when the document cannot be loaded, and never serves an empty one', async () => {
      const name = `case/${randomUUID()}`;
      const author = client(name);
      author.doc.getMap('answers').set('q', 'stored before the failure');
      await whenSynced(author);
      author.destroy();
      await until(() => !server.sync.documents.has(name));

      await server.db.query('ALTER TABLE document_updates RENAME TO document_updates_away');
      try {
        const reader = client(name);
        expect(await whenRefused(reader)).toBe('document-load-failed');
        expect(reader.doc.getMap('answers').toJSON()).toEqual({});
        reader.destroy();
      } finally {
        await server.db.query('ALTER TABLE document_updates_away RENAME TO document_updates');
      }
      const later = client(name);
      await whenSynced(later);
      expect(later.doc.getMap('answers').get('q')).toBe('stored before the failure');
    });

    it('compacts update logs left behind (e.g. by a crash) in the background sweep', async () => {
      const name = `case/${randomUUID()}`;
      const doc = new Y.Doc();
      doc.on('update', (u: Uint8Array) => void server.store.appendUpdate(name, u));
      doc.getMap('answers').set('a', 1);
      doc.getMap('answers').set('b', 2);
      await expect
        .poll(() => server.store.pendingUpdates(name), { timeout: 20_000, interval: 20 })
        .toBe(2);
      const sweep = startCompactionSweep(server.store, 3_600_000);
      await sweep.runOnce();
      await sweep.stop();
      expect(await server.store.pendingUpdates(name)).toBe(0);
      const loaded = new Y.Doc();
      Y.applyUpdate(loaded, await server.store.load(name));
      expect(loaded.getMap('answers').toJSON()).toEqual({ a: 1, b: 2 });
    });

    it('forwards an update to the other tablets at once and acknowledges it once it is committed', async () => {
      const name = `case/${randomUUID()}`;
      const a = client(name);
      const b = client(name);
      await Promise.all([whenSynced(a), whenSynced(b)]);

      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // Holds the update log: no append can commit until the gate opens.
      const holding = server.db.transaction(async (tx) => {
        await tx.query('LOCK TABLE document_updates IN EXCLUSIVE MODE');
        locked();
        await gate;
      });
      await isLocked;
      a.doc.getMap('answers').set('q', 'forwarded before it is stored');
      await until(() => b.doc.getMap('answers').get('q') === 'forwarded before it is stored');
      expect(a.provider.unsyncedChanges).toBeGreaterThan(0); // not acknowledged while not committed

      release();
      await holding;
      await whenSynced(a);
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(name));
      expect(stored.getMap('answers').get('q')).toBe('forwarded before it is stored');
    });

    it('forwards an update to the other tablets, not back to the tablet it came from', async () => {
      const name = `case/${randomUUID()}`;
      const a = client(name);
      const b = client(name);
      await Promise.all([whenSynced(a), whenSynced(b)]);
      const toA = countUpdatesReceived(a);
      const toB = countUpdatesReceived(b);

      a.doc.getMap('answers').set('q', 'only the other tablet needs this');
      await until(() => b.doc.getMap('answers').get('q') === 'only the other tablet needs this');
      await whenSynced(a); // the acknowledgement comes after the forward
      expect(toB()).toBe(1);
      expect(toA()).toBe(0);
    });

    it('never acknowledges an update it could not store; the tablet sends it again after the reload', async () => {
      const name = `case/${randomUUID()}`;
      const a = client(name);
      const b = client(name);
      await Promise.all([whenSynced(a), whenSynced(b)]);
      const closeReasons: string[] = [];
      for (const c of [a, b]) {
        c.provider.on('close', ({ event }: { event: { reason?: string } }) =>
          closeReasons.push(event.reason ?? ''),
        );
      }

      const poisoned = server.sync.documents.get(name);
      await server.db.query('ALTER TABLE document_updates RENAME TO document_updates_away');
      try {
        a.doc.getMap('answers').set('q', 'written while the database fails');
        await until(() => closeReasons.filter((r) => r === 'document-not-durable').length === 2);
        expect(a.provider.unsyncedChanges).toBeGreaterThan(0);
      } finally {
        await server.db.query('ALTER TABLE document_updates_away RENAME TO document_updates');
      }
      expect(a.doc.getMap('answers').get('q')).toBe('written while the database fails');
      // Stop these providers (their reconnects may have met the missing table): the tablet's change
      // lives on in its document, which a new provider brings to the server, as after an app restart.
      a.destroy();
      b.destroy();

      const again = client(name, a.doc);
      await whenSynced(again);
      // A fresh copy was loaded from the database; the one that ran ahead of the log is gone.
      expect(server.sync.documents.get(name)).toBeDefined();
      expect(server.sync.documents.get(name)).not.toBe(poisoned);
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(name));
      expect(stored.getMap('answers').get('q')).toBe('written while the database fails');
    });

    it('refuses malformed and oversized messages and keeps serving the other clients', async () => {
      const name = `case/${randomUUID()}`;
      const a = client(name);
      const b = client(name);
      await Promise.all([whenSynced(a), whenSynced(b)]);

      // 1. Bytes that are no Hocuspocus message at all: the socket is closed.
      const garbage = openRaw(server.wsUrl);
      await garbage.opened;
      garbage.ws.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]));
      expect((await garbage.closed).code).toBeGreaterThanOrEqual(1000);

      // 2. A well-framed update whose Yjs payload is broken: refused, the connection to the document closed, nothing stored.
      const before = await server.store.pendingUpdates(name);
      const broken = openRaw(server.wsUrl);
      await broken.opened;
      broken.ws.send(authMessage(name, token));
      broken.ws.send(updateMessage(name, new Uint8Array([1, 5, 200, 200, 200, 200, 200, 3, 7])));
      await until(() => broken.received.includes(MESSAGE.close));
      expect(await server.store.pendingUpdates(name)).toBe(before);
      broken.ws.close();

      // 3. A message over the size limit: that socket is closed with 1009 (message too big).
      const big = openRaw(server.wsUrl);
      await big.opened;
      big.ws.send(authMessage(name, token));
      big.ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
      expect((await big.closed).code).toBe(1009);

      const auditedReasons = async () =>
        (
          await server.db.query<{ reason: string }>(
            "SELECT reason FROM audit_log WHERE action IN ('sync-message', 'sync-socket') AND outcome = 'refused'",
          )
        ).map((r) => r.reason);
      await expect
        .poll(auditedReasons, { timeout: 20_000, interval: 20 })
        .toEqual(
          expect.arrayContaining(['malformed-message', 'message-too-big', 'malformed-frame']),
        );

      // The others are still served.
      a.doc.getMap('answers').set('after', 'still syncing');
      await whenSynced(a);
      await until(() => b.doc.getMap('answers').get('after') === 'still syncing');
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
    });
  });
}
