// Tests of the coverage check: structs and deletions of the tablet's copy must all be on the server's.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotCovers } from './coverage';

const copy = (doc: Y.Doc) => {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
};

describe('snapshotCovers', () => {
  it('a copy with everything covers; one without the latest change does not', () => {
    const tablet = new Y.Doc();
    tablet.getMap('m').set('a', 1);
    const server = copy(tablet);
    expect(snapshotCovers(Y.snapshot(server), Y.snapshot(tablet))).toBe(true);
    tablet.getMap('m').set('b', 2);
    expect(snapshotCovers(Y.snapshot(server), Y.snapshot(tablet))).toBe(false);
  });

  it('a deletion the server lacks is not covered, though the state vectors are equal', () => {
    const tablet = new Y.Doc();
    tablet.getMap('m').set('a', 1);
    tablet.getMap('m').set('b', 2);
    const server = copy(tablet);
    tablet.getMap('m').delete('a');
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(tablet));
    expect(snapshotCovers(Y.snapshot(server), Y.snapshot(tablet))).toBe(false);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(tablet));
    expect(snapshotCovers(Y.snapshot(server), Y.snapshot(tablet))).toBe(true);
  });

  it("the server may hold more than the tablet (other tablets' work)", () => {
    const tablet = new Y.Doc();
    tablet.getMap('m').set('a', 1);
    const server = copy(tablet);
    const other = copy(server);
    other.getMap('m').set('c', 3);
    other.getMap('m').delete('a');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    expect(snapshotCovers(Y.snapshot(server), Y.snapshot(tablet))).toBe(true);
  });
});
