// Quotas: an update over the largest size and a case over the largest case are refused with a reason the tablet
// keeps on the case (its work stays, unsent, on the tablet); one user's uploads are slowed to the upload rate
// while another municipality's tablet is acknowledged as before. On PGlite, and PostgreSQL when DATABASE_URL is set.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addNote, startConversation } from '../../src/domain/commands';
import { readCase } from '../../src/domain/caseDoc';
import { caseDocumentName } from '../../src/protocol/documentName';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager } from '../../src/sync/session';
import { SyncEngine } from '../../src/sync/syncEngine';
import { connectClient, whenSynced } from './support/clients';
import { adapters } from './support/databases';
import { PASSWORD, startTestServer, type TestServer } from './support/server';
import { memorySessionStore } from '../../src/sync/testing/memorySessionStore';

const KB = 1024;
const MAX_UPDATE = 64 * KB;
const MAX_CASE = 256 * KB;
const RATE = 128 * KB;
const BURST = 64 * KB;

for (const { kind, enabled } of adapters) {
  describe.runIf(enabled)(`quotas (${kind})`, () => {
    let server: TestServer;
    let email: string;
    let otherEmail: string;

    beforeAll(async () => {
      server = await startTestServer(kind, {
        quotas: {
          maxUpdateBytes: MAX_UPDATE,
          maxCaseBytes: MAX_CASE,
          uploadRate: { bytesPerSecond: RATE, burstBytes: BURST },
        },
      });
      email = (await server.organisation('Gemeente Groot')).emails.consultant;
      otherEmail = (await server.organisation('Gemeente Klein')).emails.consultant;
    });
    afterAll(async () => {
      await server?.stop();
    });

    const tablet = async (name: string) => {
      const db = openDb(`quotas-${kind}-${name}-${Date.now()}`);
      const cases = new CaseRepository(db);
      const api = createApiClient(server.url);
      const session = new SessionManager(api, memorySessionStore());
      await session.login(email, PASSWORD, name);
      const engine = new SyncEngine({
        url: server.wsUrl,
        api,
        session,
        cases,
        WebSocketPolyfill: WebSocket,
      });
      return { db, cases, engine };
    };

    it('refuses an update over the largest size: the case says why, the work stays on the tablet, the server stores none of it', async () => {
      const { db, cases, engine } = await tablet('te groot');
      const caseId = crypto.randomUUID();
      const handle = await cases.create({ id: caseId, name: 'Yonas', language: 'ti' });
      startConversation(handle.doc, {
        id: 'v1',
        type: 'intake-a',
        language: 'ti',
        now: '2026-12-04T10:00:00Z',
      });
      addNote(handle.doc, {
        id: 'long',
        text: 'ሰላም '.repeat(MAX_UPDATE / 4),
        now: '2026-12-04T10:01:00Z',
      });
      await handle.save();
      engine.start();

      await vi.waitFor(
        async () =>
          expect(await db.cases.get(caseId)).toMatchObject({
            syncState: 'error',
            syncError: 'update-too-large',
            dirty: 1,
          }),
        { timeout: 20_000, interval: 50 },
      );
      expect(readCase(handle.doc).notes.map((n) => n.id)).toEqual(['long']);
      expect(await server.store.pendingUpdates(caseDocumentName(caseId))).toBe(0);
      const audited = await server.db.query<{ reason: string }>(
        "SELECT reason FROM audit_log WHERE target = $1 AND outcome = 'refused'",
        [caseDocumentName(caseId)],
      );
      expect(audited.map((r) => r.reason)).toContain('update-too-large');
      engine.stop();
    });

    it('refuses the update that would make a case larger than the largest case, and keeps what came before', async () => {
      const session = await server.session(email);
      const name = caseDocumentName(crypto.randomUUID());
      const client = connectClient(server.wsUrl, name, session.accessToken);
      await whenSynced(client);
      let closedWith: string | undefined;
      client.provider.on(
        'close',
        ({ event }: { event: { reason?: string } }) => (closedWith ??= event.reason),
      );
      const accepted: number[] = [];
      for (let i = 0; i < 8 && !closedWith; i++) {
        client.doc.getMap('answers').set(`q${i}`, 'x'.repeat(48 * KB));
        await vi.waitFor(
          () =>
            expect(client.provider.unsyncedChanges === 0 || closedWith !== undefined).toBe(true),
          { timeout: 20_000, interval: 20 },
        );
        if (!closedWith) accepted.push(i);
      }
      expect(closedWith).toBe('case-too-large');
      // Five of 48 kB fit under 256 kB; the sixth does not.
      expect(accepted).toEqual([0, 1, 2, 3, 4]);
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(name));
      expect(Object.keys(stored.getMap('answers').toJSON()).sort()).toEqual([
        'q0',
        'q1',
        'q2',
        'q3',
        'q4',
      ]);
      client.destroy();
    });

    it('slows one user to the upload rate while another municipality is acknowledged in between', async () => {
      const uploader = await server.session(email);
      const other = await server.session(otherEmail);
      const big = connectClient(
        server.wsUrl,
        caseDocumentName(crypto.randomUUID()),
        uploader.accessToken,
      );
      const small = connectClient(
        server.wsUrl,
        caseDocumentName(crypto.randomUUID()),
        other.accessToken,
      );
      await Promise.all([whenSynced(big), whenSynced(small)]);

      // Four updates of 60 kB (the case stays under its quota): the burst takes one, the rest go at 128 kB/s.
      const started = performance.now();
      const uploads = (async () => {
        for (let i = 0; i < 4; i++) {
          big.doc.getMap('answers').set(`q${i}`, 'y'.repeat(60 * KB));
          await whenSynced(big);
        }
        return performance.now() - started;
      })();
      let otherAcks = 0;
      let uploading = true;
      void uploads.finally(() => (uploading = false));
      while (uploading) {
        small.doc.getMap('answers').set(`a${otherAcks}`, 'kort');
        await whenSynced(small);
        otherAcks++;
      }
      const took = await uploads;
      expect(took).toBeGreaterThan(((4 * 60 * KB - BURST) / RATE) * 1000 * 0.8);
      // While the uploader waited, the other municipality's answers kept being acknowledged.
      expect(otherAcks).toBeGreaterThanOrEqual(2);
      big.destroy();
      small.destroy();
    });
  });
}
