// Kept records: an update that deletes or overwrites a vastgestelde PIP version or a voice clip is found; other
// deletions (an answer replaced, a note) are not.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { removesKeptRecord } from './keptRecords';

const serverCopy = (from: Y.Doc) => {
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(from));
  return server;
};
const changeOf = (doc: Y.Doc, change: () => void): Uint8Array => {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
};

describe('kept records', () => {
  it('finds an update that deletes a version of the PIP', () => {
    const tablet = new Y.Doc();
    tablet.getArray('pipVersions').push([
      { id: 'v1', content: '{}', hash: 'x' },
      { id: 'v2', content: '{}', hash: 'y' },
    ]);
    const server = serverCopy(tablet);
    const other = serverCopy(tablet);
    const addition = changeOf(other, () =>
      other.getArray('pipVersions').push([{ id: 'v3', content: '{}', hash: 'z' }]),
    );
    expect(removesKeptRecord(server, addition)).toBe(false);
    const removal = changeOf(tablet, () => tablet.getArray('pipVersions').delete(0, 1));
    expect(removesKeptRecord(server, removal)).toBe(true);
    // A deletion the server already holds (sent again in a later sync) is no new removal.
    Y.applyUpdate(server, removal);
    expect(removesKeptRecord(server, Y.encodeStateAsUpdate(tablet))).toBe(false);
  });

  it('finds an update that overwrites or deletes a voice clip', () => {
    const tablet = new Y.Doc();
    tablet.getMap('voiceClips').set('c1', { bytes: new Uint8Array([1, 2]), mime: 'audio/webm' });
    const server = serverCopy(tablet);
    expect(
      removesKeptRecord(
        server,
        changeOf(tablet, () =>
          tablet.getMap('voiceClips').set('c1', { bytes: new Uint8Array([9]), mime: 'audio/webm' }),
        ),
      ),
    ).toBe(true);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    expect(
      removesKeptRecord(
        server,
        changeOf(other, () => other.getMap('voiceClips').delete('c1')),
      ),
    ).toBe(true);
  });

  it('lets ordinary deletions through: an answer replaced, a plan entry rewritten', () => {
    const tablet = new Y.Doc();
    tablet.getMap('answerEntries').set('e1', { questionId: 'q' });
    tablet.getMap('pipEntries').set('p1', { slot: 'goal', value: 'kok' });
    tablet.getArray('pipVersions').push([{ id: 'v1', content: '{}', hash: 'x' }]);
    const server = serverCopy(tablet);
    const change = changeOf(tablet, () => {
      tablet.getMap('answerEntries').delete('e1');
      tablet.getMap('pipEntries').delete('p1');
      tablet.getMap('pipEntries').set('p2', { slot: 'goal', value: 'bakker' });
    });
    expect(removesKeptRecord(server, change)).toBe(false);
  });
});
