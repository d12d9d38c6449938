// Revoking a tablet: retired, it still sends the changes it holds (also of a case it made before it
// heard), hears of no new case, and is then told it may wipe itself; lost or stolen, it is refused at
// once and its unsent work stays unsent. Devices carry name, model, owner, last seen and last sync;
// the admin CLI lists them. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addNote } from '../../src/domain/commands';
import { readCase } from '../../src/domain/caseDoc';
import { caseDocumentName } from '../../src/protocol/documentName';
import type { Device } from '../../src/protocol/api';
import { runAdmin } from '../../src/server/admin';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager } from '../../src/sync/session';
import { SyncEngine } from '../../src/sync/syncEngine';
import { adapters } from './support/databases';
import { PASSWORD, startTestServer, type TestServer } from './support/server';
import { memorySessionStore } from '../../src/sync/testing/memorySessionStore';

for (const { kind, enabled } of adapters) {
  describe.runIf(enabled)(`revoking a tablet (${kind})`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(kind, {}, { revocationCheckMs: 200 });
    });
    afterAll(async () => {
      await server?.stop();
    });

    /**
     * A tablet with one synced case, then offline with a change to it and a new case made there. Each
     * in its own municipality: the tablets of this file share one (fake) IndexedDB.
     */
    const tabletWithUnsentWork = async (name: string) => {
      const org = await server.organisation(`Gemeente ${name}`, ['consultant', 'teamleider']);
      const db = openDb(`retire-${kind}-${name}-${Date.now()}`);
      const cases = new CaseRepository(db);
      const api = createApiClient(server.url, (input, init) =>
        fetch(input, {
          ...init,
          headers: {
            ...init?.headers,
            'user-agent':
              'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Safari/604.1',
          },
        }),
      );
      const session = new SessionManager(api, memorySessionStore());
      await session.login(org.emails.consultant!, PASSWORD, name);
      const events: string[] = [];
      const options = {
        url: server.wsUrl,
        api,
        session,
        cases,
        WebSocketPolyfill: WebSocket,
        onRetiring: () => events.push('retiring'),
        onRetired: () => events.push('retired'),
      };
      const known = crypto.randomUUID();
      await cases.create({ id: known, name: 'Al bekend', language: 'ar' });
      const first = new SyncEngine(options);
      first.start();
      await vi.waitFor(async () => expect(await db.cases.get(known)).toMatchObject({ dirty: 0 }), {
        timeout: 20_000,
        interval: 50,
      });
      first.stop();
      const handle = await cases.get(known);
      addNote(handle.doc, {
        id: 'unsent',
        text: 'nog niet verstuurd',
        now: '2026-12-04T11:00:00Z',
      });
      await handle.save();
      const made = crypto.randomUUID();
      await cases.create({ id: made, name: 'Offline gemaakt', language: 'ti' });
      const deviceId = (session.getState() as { deviceId: string }).deviceId;
      return {
        org,
        db,
        cases,
        session,
        events,
        known,
        made,
        deviceId,
        engine: new SyncEngine(options),
      };
    };

    const revoke = async (
      { org, deviceId }: { org: { emails: Record<string, string> }; deviceId: string },
      mode?: 'retire' | 'lost',
    ) => {
      const leader = await server.session(org.emails.teamleider!);
      const response = await fetch(`${server.url}/api/devices/${deviceId}/revoke`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${leader.accessToken}`,
          ...(mode ? { 'content-type': 'application/json' } : {}),
        },
        ...(mode ? { body: JSON.stringify({ mode }) } : {}),
      });
      expect(response.status).toBe(200);
      return leader;
    };

    const stored = async (caseId: string) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await server.store.load(caseDocumentName(caseId)));
      return readCase(doc);
    };

    it('retired: sends what it still has, hears of no new case, then may wipe itself', async () => {
      const tablet = await tabletWithUnsentWork('Tablet Afscheid');
      const leader = await revoke(tablet, 'retire');
      // A case made elsewhere after the retirement does not reach it.
      const other = crypto.randomUUID();
      const otherDoc = new Y.Doc();
      await server.store.appendUpdate(caseDocumentName(other), Y.encodeStateAsUpdate(otherDoc));

      tablet.engine.start();
      await vi.waitFor(() => expect(tablet.events).toEqual(['retiring', 'retired']), {
        timeout: 30_000,
        interval: 50,
      });
      expect((await stored(tablet.known)).notes.map((n) => n.id)).toEqual(['unsent']);
      expect((await stored(tablet.made)).profile.name).toBe('Offline gemaakt');
      expect(await tablet.db.cases.get(other)).toBeUndefined();
      expect(await tablet.cases.dirtyCaseIds()).toEqual([]);
      tablet.engine.stop();

      const devices = (await (
        await fetch(`${server.url}/api/devices`, {
          headers: { authorization: `Bearer ${leader.accessToken}` },
        })
      ).json()) as Device[];
      expect(devices.find((d) => d.id === tablet.deviceId)).toMatchObject({
        name: 'Tablet Afscheid',
        model: 'iPad · Safari',
        email: tablet.org.emails.consultant,
        revokeMode: 'retire',
        lastSyncAt: expect.any(String),
        lastSeenAt: expect.any(String),
      });
    });

    it('lost or stolen: refused at once, its unsent work stays unsent', async () => {
      const tablet = await tabletWithUnsentWork('Tablet Kwijt');
      await revoke(tablet); // no body: lost, as revocations always meant
      const revoked = new Promise<void>((resolve) =>
        tablet.session.subscribe((s) => s.status === 'revoked' && resolve()),
      );
      tablet.engine.start();
      await revoked;
      tablet.engine.stop();
      expect(tablet.events).toEqual([]);
      expect((await stored(tablet.known)).notes).toEqual([]);
    });

    it('the admin CLI lists devices, refuses a revocation without its mode, and a retirement closes the sockets within seconds', async () => {
      const tablet = await tabletWithUnsentWork('Tablet CLI');
      tablet.engine.start();
      await vi.waitFor(async () => expect(await tablet.cases.dirtyCaseIds()).toEqual([]), {
        timeout: 20_000,
        interval: 50,
      });
      const lines: string[] = [];
      await runAdmin(['list-devices', '--org', tablet.org.id], server.db, (line) =>
        lines.push(line),
      );
      expect(lines.find((l) => l.startsWith(tablet.deviceId))).toMatch(
        /Tablet CLI {2}iPad · Safari {2}consultant\..* {2}active$/,
      );
      await expect(
        runAdmin(['revoke-device', '--id', tablet.deviceId], server.db, () => undefined),
      ).rejects.toThrow(/--mode/);
      await runAdmin(
        ['revoke-device', '--id', tablet.deviceId, '--mode', 'retire'],
        server.db,
        () => undefined,
      );
      await vi.waitFor(() => expect(tablet.events).toEqual(['retiring', 'retired']), {
        timeout: 10_000,
        interval: 50,
      });
      tablet.engine.stop();
    });
  });
}
