// The sync engine holds the cases it syncs: never closed under it while it needs them, and let go (so the tablet
// closes them) once no screen needs them and, offline, at once — every dirty case is tracked again on reconnecting.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startConversation } from '../domain/commands';
import { CaseRepository } from '../storage/caseRepository';
import { openDb } from '../storage/db';
import type { ApiClient } from './apiClient';
import type { SessionManager } from './session';
import { SyncEngine } from './syncEngine';

const NOW = '2026-11-23T10:00:00.000Z';

/** A socket that never connects: the tablet is offline. */
class OfflineSocket {
  binaryType = 'arraybuffer';
  readyState = 0;
  addEventListener() {}
  removeEventListener() {}
  send() {}
  close() {}
}

const session = {
  getState: () => ({ status: 'signed-out' }),
  getAccessToken: async () => 'token',
  markRevoked: () => undefined,
} as unknown as SessionManager;
let counter = 0;
let engine: SyncEngine | undefined;
afterEach(() => engine?.stop());

const setUp = async () => {
  const n = ++counter;
  const repo = new CaseRepository(openDb(`engine-${n}`), () => NOW, {
    closeGraceMs: 30,
    maxIdleOpen: 2,
  });
  const caseId = crypto.randomUUID();
  const handle = await repo.create({ id: caseId, name: 'Samira', language: 'ar' });
  startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ar', now: NOW });
  await handle.save();
  handle.release();
  engine = new SyncEngine({
    url: 'ws://offline.invalid/sync',
    api: {} as ApiClient,
    session,
    cases: repo,
    WebSocketPolyfill: OfflineSocket,
  });
  engine.start();
  return { repo, caseId };
};

describe('SyncEngine and open cases', () => {
  it('keeps a case a screen shows, and lets go of it offline once no screen needs it', async () => {
    const { repo, caseId } = await setUp();
    const screen = await repo.get(caseId);
    await engine!.track(caseId);
    const openForSync = vi.spyOn(repo, 'openForSync');
    // A case released now closes after every grace started before it: then the shown case was kept on purpose.
    const witness = await repo.create({ id: crypto.randomUUID(), name: 'Witness', language: 'ar' });
    witness.release();
    await vi.waitFor(() => expect(repo.isOpen(witness.caseId)).toBe(false), { interval: 10 });
    expect(repo.isOpen(caseId)).toBe(true);

    screen.release();
    await vi.waitFor(() => expect(repo.isOpen(caseId)).toBe(false), { interval: 10 });
    // Opened again by a screen: tracked again.
    const again = await repo.get(caseId);
    await engine!.track(caseId);
    expect(openForSync).toHaveBeenCalledTimes(1);
    again.release();
    await vi.waitFor(() => expect(repo.isOpen(caseId)).toBe(false), { interval: 10 });
  });

  it('lets go of every case when it stops', async () => {
    const { repo, caseId } = await setUp();
    await engine!.track(caseId);
    expect(repo.isOpen(caseId)).toBe(true);
    engine!.stop();
    await vi.waitFor(() => expect(repo.isOpen(caseId)).toBe(false), { interval: 10 });
  });
});
