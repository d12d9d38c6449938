// The inzage reads the PIP as stored: the plan's register and its vastgestelde versions, from a document the
// server received as bytes (its types not yet named by any reader).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCase } from '../../domain/commands';
import { decideLeerroute } from '../../domain/pip/leerroute';
import { saveAfspraak } from '../../domain/pip/plan';
import { signFirstVersion } from '../../domain/pip/testing/signFirstVersion';
import { partJson, storedParts } from './storedParts';
import { addVoiceClip } from '../../domain/voice';
import { caseExportJson } from './exportJson';
import { storedPartHtml } from './storedDataHtml';

describe('stored parts of the PIP', () => {
  it('reads the plan entries as a map and the versions as a list', async () => {
    const tablet = new Y.Doc();
    createCase(tablet, { id: 'c', name: 'Yonas', language: 'ti', now: '2026-11-01T10:00:00.000Z' });
    decideLeerroute(tablet, { route: 'z', advised: 'z', now: '2026-11-20T10:00:00.000Z' });
    saveAfspraak(tablet, {
      what: 'Taalcoach zoeken',
      who: 'vluchtelingenwerk',
      now: '2026-11-20T10:01:00.000Z',
    });
    await signFirstVersion(tablet, '2026-11-21T10:00:00.000Z');
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

  it('hands his recorded voice over whole in the JSON inzage (base64) and names it in the readable one', () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c', name: 'Yonas', language: 'ti', now: '2026-11-01T10:00:00.000Z' });
    const bytes = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4]);
    const clip = addVoiceClip(doc, {
      bytes,
      mime: 'audio/webm',
      durationMs: 1200,
      language: 'ti',
      now: '2026-11-01T10:05:00.000Z',
    });
    const document = storedParts(doc);
    const part = document.find((p) => p.key === 'voiceClips')!;
    expect([...storedPartHtml(part)].join('')).toContain('opname, 8 bytes');
    const json = JSON.parse(
      [
        ...caseExportJson({
          head: {
            format: 'samenspraak-inzage',
            formatVersion: 1,
            exportedAt: '',
            municipality: { id: 'o', name: 'O' },
            caseId: 'c',
            documentName: 'case:c',
          },
          case: null,
          drawingIds: [],
          drawing: () => {
            throw new Error('no drawings');
          },
          document,
          tail: {
            projection: null,
            storage: { stateUpdatedAt: null, loggedUpdates: 0, documentBytes: 0 },
            media: { references: [] },
            audit: [],
          },
          close: () => undefined,
        }),
      ].join(''),
    ) as {
      document: {
        voiceClips: Record<string, { bytes: { base64: string; bytes: number }; mime: string }>;
      };
    };
    const stored = json.document.voiceClips[clip]!;
    expect(stored.mime).toBe('audio/webm');
    expect(Buffer.from(stored.bytes.base64, 'base64')).toEqual(Buffer.from(bytes));
  });
});
