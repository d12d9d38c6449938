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
}

export const openRaw = (wsUrl: string): RawSocket => {
  const ws = new WebSocket(wsUrl);
  const received: number[] = [];
  ws.on('message', (data: Buffer) => {
    try {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      received.push(decoding.readVarUint(d));
    } catch {
      received.push(-1);
    }
  });
  ws.on('error', () => undefined);
  return {
    ws,
    received,
    opened: new Promise((resolve) => ws.once('open', () => resolve())),
    closed: new Promise((resolve) => ws.once('close', (code) => resolve({ code }))),
  };
};
