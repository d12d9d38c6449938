// Which incoming messages carry an update that durable acknowledgement must wait for, and which are refused.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MalformedMessageError, updateOfMessage } from './incomingUpdate';

const syncMessage = (type: number, syncType: number, payload: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'case/x');
  encoding.writeVarUint(e, type);
  encoding.writeVarUint(e, syncType);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
};

/** An update message as a provider sends it (Hocuspocus sync message, y-protocols messageYjsUpdate). */
const updateMessage = (documentName: string, update: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 0); // MessageType.Sync
  encoding.writeVarUint(e, 2); // messageYjsUpdate
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

/** An authentication message with a token. */
const authMessage = (documentName: string, token: string): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 2); // MessageType.Auth
  encoding.writeVarUint(e, 0); // AuthMessageType.Token
  encoding.writeVarString(e, token);
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
