// Pure parts of durable acknowledgement: which messages carry updates, and per-document ordering of the hook.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MalformedMessageError, updateOfMessage } from '../../src/server/collab/incomingUpdate';
import { createKeyedQueue } from '../../src/server/collab/keyedQueue';
import { parseDocumentName } from '../../src/protocol/documentName';
import { authMessage, updateMessage } from './support/rawSocket';

const syncMessage = (type: number, syncType: number, payload: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'case/x');
  encoding.writeVarUint(e, type);
  encoding.writeVarUint(e, syncType);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
};

describe('updates in incoming messages', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 'v');
  const update = Y.encodeStateAsUpdate(doc);

  it('finds the update in sync step 2 and update messages, of both sync message types', () => {
    expect(updateOfMessage(updateMessage('case/x', update))).toEqual(update);
    expect(updateOfMessage(syncMessage(0, 1, update))).toEqual(update);
    expect(updateOfMessage(syncMessage(4, 1, update))).toEqual(update);
  });

  it('ignores messages that change nothing', () => {
    expect(updateOfMessage(syncMessage(0, 0, Y.encodeStateVector(doc)))).toBeUndefined();
    expect(updateOfMessage(syncMessage(0, 1, Y.encodeStateAsUpdate(new Y.Doc())))).toBeUndefined();
    expect(updateOfMessage(authMessage('case/x', 'token'))).toBeUndefined();
  });

  it('rejects an undecodable update', () => {
    expect(() =>
      updateOfMessage(updateMessage('case/x', new Uint8Array([1, 5, 200, 200]))),
    ).toThrow(MalformedMessageError);
    expect(() => updateOfMessage(new Uint8Array([0xff]))).toThrow(MalformedMessageError);
  });
});

describe('keyed queue', () => {
  it('finishes tasks of one key in arrival order, even when a later one is faster or an earlier one fails', async () => {
    const queue = createKeyedQueue();
    const done: string[] = [];
    const wait = (n: number) => new Promise((r) => setTimeout(r, n));
    const results = await Promise.allSettled([
      queue('a', async () => {
        await wait(30);
        done.push('a1');
      }),
      queue('a', async () => {
        await wait(1);
        throw new Error('a2 fails');
      }),
      queue('a', async () => {
        done.push('a3');
      }),
      queue('b', async () => {
        done.push('b1');
      }),
    ]);
    expect(done.filter((d) => d.startsWith('a'))).toEqual(['a1', 'a3']);
    expect(done.indexOf('b1')).toBeLessThan(done.indexOf('a1'));
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
  });
});

describe('document names', () => {
  it('accepts only case/<lower-case uuid>', () => {
    expect(parseDocumentName('case/123e4567-e89b-42d3-a456-426614174000')).toEqual({
      kind: 'case',
      caseId: '123e4567-e89b-42d3-a456-426614174000',
    });
    for (const bad of [
      'case/123E4567-E89B-42D3-A456-426614174000',
      'case/x',
      'case/123e4567-e89b-42d3-a456-426614174000/x',
      'other/123e4567-e89b-42d3-a456-426614174000',
      '',
    ]) {
      expect(parseDocumentName(bad)).toBeUndefined();
    }
  });
});
