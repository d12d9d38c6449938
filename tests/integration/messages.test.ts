// Pure parts of durable acknowledgement: which messages carry updates, and what of a document is durable.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MalformedMessageError, updateOfMessage } from '../../src/server/collab/incomingUpdate';
import { createDurabilityTracker } from '../../src/server/collab/durability';
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

describe('durability of a document in memory', () => {
  const deferred = () => {
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };
  const state = async (p: Promise<void>) =>
    Promise.race([
      p.then(
        () => 'settled',
        () => 'failed',
      ),
      new Promise((r) => setTimeout(() => r('pending'), 5)),
    ]);

  it('settles only when every append tracked so far is committed, whatever order they finish in', async () => {
    const tracker = createDurabilityTracker();
    const doc = {};
    const first = deferred();
    const second = deferred();
    tracker.track(doc, first.promise);
    tracker.track(doc, second.promise);
    const settled = tracker.settled(doc);
    second.resolve();
    expect(await state(settled)).toBe('pending');
    first.resolve();
    expect(await state(settled)).toBe('settled');
    expect(await state(tracker.settled({}))).toBe('settled'); // another document waits for nothing
  });

  it('a failed append poisons the document: nothing on it settles again', async () => {
    const tracker = createDurabilityTracker();
    const doc = {};
    const failing = deferred();
    tracker.track(doc, failing.promise);
    failing.reject(new Error('disk full'));
    await expect(tracker.settled(doc)).rejects.toThrow('disk full');
    expect(tracker.isPoisoned(doc)).toBe(true);
    tracker.track(doc, Promise.resolve());
    await expect(tracker.settled(doc)).rejects.toThrow('disk full');
    expect(tracker.isPoisoned({})).toBe(false);
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
