// A raw websocket speaking the Hocuspocus wire format by hand, to send what no well-behaved provider would.
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';

export const MESSAGE = { sync: 0, auth: 2, close: 7 } as const;

export const authMessage = (documentName: string, token: string): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, MESSAGE.auth);
  encoding.writeVarUint(e, 0); // AuthMessageType.Token
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
};

export const updateMessage = (documentName: string, update: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, MESSAGE.sync);
  encoding.writeVarUint(e, 2); // y-protocols messageYjsUpdate
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

export interface RawSocket {
  ws: WebSocket;
  /** Message types received so far (after the document name). */
  received: number[];
  closed: Promise<{ code: number }>;
  opened: Promise<void>;
  /** Resolves once a message of this type has arrived (at once if one already has). */
  whenReceived(type: number): Promise<void>;
}

export const openRaw = (wsUrl: string): RawSocket => {
  const ws = new WebSocket(wsUrl);
  const received: number[] = [];
  const waiting: { type: number; resolve: () => void }[] = [];
  ws.on('message', (data: Buffer) => {
    let type = -1;
    try {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      type = decoding.readVarUint(d);
    } catch {
      // not a Hocuspocus message: recorded as -1
    }
    received.push(type);
    for (const w of waiting.filter((w) => w.type === type)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  ws.on('error', () => undefined);
  return {
    ws,
    received,
    opened: new Promise((resolve) => ws.once('open', () => resolve())),
    closed: new Promise((resolve) => ws.once('close', (code) => resolve({ code }))),
    whenReceived: (type) =>
      received.includes(type)
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push({ type, resolve })),
  };
};
