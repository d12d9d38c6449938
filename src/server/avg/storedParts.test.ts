// The inzage reads the PIP as stored: the plan's register and its vastgestelde versions, from a document the
// server received as bytes (its types not yet named by any reader).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCase } from '../../domain/commands';
import { decideLeerroute } from '../../domain/pip/leerroute';
import { saveAfspraak } from '../../domain/pip/plan';
import { readCase } from '../../domain/caseDoc';
import { vaststellen } from '../../domain/pip/versions';
import { partJson, storedParts } from './storedParts';

describe('stored parts of the PIP', () => {
  it('reads the plan entries as a map and the versions as a list', async () => {
    const tablet = new Y.Doc();
    createCase(tablet, { id: 'c', name: 'Yonas', language: 'ti', now: '2026-11-01T10:00:00.000Z' });
    decideLeerroute(tablet, { route: 'z', advised: 'z', now: '2026-11-20T10:00:00.000Z' });
    saveAfspraak(tablet, { what: 'Taalcoach zoeken', who: 'vluchtelingenwerk' }, { now: '2026-11-20T10:01:00.000Z' });
    await vaststellen(tablet, {
      snapshot: readCase(tablet),
      now: '2026-11-21T10:00:00.000Z',
      reason: 'first',
      participants: { consultant: 'K', inburgeraar: 'Yonas' },
      signatures: { consultant: 'M0 0', inburgeraar: 'M1 1' },
    });
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(tablet));
    const parts = new Map(storedParts(server).map((p) => [p.key, p]));
    expect(parts.get('pipEntries')?.kind).toBe('map');
    expect(parts.get('pipVersions')?.kind).toBe('array');
    expect(JSON.stringify(partJson(parts.get('pipEntries')))).toContain('Taalcoach zoeken');
    const [version] = partJson(parts.get('pipVersions')) as { hash: string; content: string }[];
    expect(version!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(version!.content).toContain('"route":"z"');
  });
});
