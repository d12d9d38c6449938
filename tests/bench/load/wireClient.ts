// A lean socket client for the load bench, the same code for every server under test: one WebSocket, one
// Y.Doc for its own writes and the y-protocols sync messages, in either server's framing (Hocuspocus frames
// every message with the document name and wants a token first; y-websocket names the document in the URL).
// An incoming update is not applied: the client reads only the writer's client id and clock from its first
// struct, which is all the latency needs. So the clients' core stays well below the server's, and the
// capacity found is the server's, not the load generator's.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { ClientKind } from './protocol';

const SYNC = 0;
const AUTH = 2;
/** Hocuspocus authentication sub-types (@hocuspocus/common AuthMessageType). */
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTH_GRANTED = 2;

export interface WireClient {
  /** Resolves when the server's state has been received (sync step 2); rejects when access is refused. */
  ready: Promise<void>;
  /** Writes `value` under `key` and sends the update; returns the clock of the write. */
  write(key: string, value: number): number;
  onClose(cb: () => void): void;
  destroy(): void;
}

/** `delivered(writer, clock)` is called for every update of another client that arrives. */
export const connectWire = (
  kind: ClientKind,
  url: string,
  docName: string,
  clientId: number,
  token: string,
  delivered: (writer: number, clock: number) => void,
): WireClient => {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const map = doc.getMap<number>('bench');
  const hocuspocus = kind === 'hocuspocus';
  const socket = new WebSocket(hocuspocus ? url : `${url}/${docName}`);
  const origin = { socket };

  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    if (hocuspocus) encoding.writeVarString(encoder, docName);
    write(encoder);
    if (socket.readyState === WebSocket.OPEN) socket.send(encoding.toUint8Array(encoder));
  };
  const sendSyncStep1 = () =>
    send((e) => {
      encoding.writeVarUint(e, SYNC);
      syncProtocol.writeSyncStep1(e, doc);
    });

  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

  socket.on('open', () => {
    if (!hocuspocus) return sendSyncStep1();
    send((e) => {
      encoding.writeVarUint(e, AUTH);
      encoding.writeVarUint(e, AUTH_TOKEN);
      encoding.writeVarString(e, token);
    });
  });

  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(data);
    if (hocuspocus) decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === SYNC) {
      if (decoding.peekVarUint(decoder) === syncProtocol.messageYjsUpdate) {
        decoding.readVarUint(decoder);
        // Update v1: number of writers, then per writer: number of structs, client id, clock of the first.
        const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
        if (decoding.readVarUint(update) === 0) return;
        decoding.readVarUint(update);
        const writer = decoding.readVarUint(update);
        if (writer !== clientId) delivered(writer, decoding.readVarUint(update));
        return;
      }
      // Sync steps 1 and 2 (the handshake): answered and applied as a provider would.
      const reply = encoding.createEncoder();
      if (hocuspocus) encoding.writeVarString(reply, docName);
      encoding.writeVarUint(reply, SYNC);
      const headerLength = encoding.length(reply);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, doc, origin);
      if (encoding.length(reply) > headerLength) socket.send(encoding.toUint8Array(reply));
      if (syncType === syncProtocol.messageYjsSyncStep2) settle?.resolve();
    } else if (hocuspocus && type === AUTH) {
      const result = decoding.readVarUint(decoder);
      if (result === AUTH_GRANTED) sendSyncStep1();
      else if (result === AUTH_DENIED) settle?.reject(new Error(`access refused: ${decoding.readVarString(decoder)}`));
    }
    // Anything else (awareness, Hocuspocus' sync-status acknowledgements) carries nothing to measure.
  });

  doc.on('update', (update: Uint8Array, from: unknown) => {
    if (from === origin) return;
    send((e) => {
      encoding.writeVarUint(e, SYNC);
      syncProtocol.writeUpdate(e, update);
    });
  });

  return {
    ready,
    write: (key, value) => {
      const clock = Y.getState(doc.store, clientId);
      map.set(key, value);
      return clock;
    },
    onClose: (cb) => socket.on('close', cb),
    destroy: () => {
      socket.close();
      doc.destroy();
    },
  };
};
