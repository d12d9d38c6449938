// Provider clients in Node (the ws package as WebSocket) and waits on their state, without timing assertions.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createCase } from '../../../src/domain/commands';
import { caseDocumentName } from '../../../src/protocol/documentName';

export interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  socket: HocuspocusProviderWebsocket;
  destroy(): void;
}

export const connectClient = (
  wsUrl: string,
  name: string,
  token: string | (() => Promise<string>),
  doc = new Y.Doc(),
): Client => {
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 10,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
  });
  provider.attach();
  return {
    provider,
    doc,
    socket,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
};

/** Resolves when cond() holds (checked every 10 ms); the test's own timeout bounds the wait. */
export const until = (cond: () => boolean): Promise<void> =>
  new Promise((resolve) => {
    if (cond()) return resolve();
    const timer = setInterval(() => {
      if (cond()) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
  });

/** Durably synced: the handshake is done and the server acknowledged every local change. */
export const whenSynced = (c: Client): Promise<void> =>
  until(() => c.provider.isSynced && c.provider.unsyncedChanges === 0);

/** Resolves with the reason of the first permission-denied the provider receives. */
export const whenRefused = (c: Client): Promise<string> =>
  new Promise((resolve) =>
    c.provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)),
  );

export const whenAuthenticated = (c: Client): Promise<void> =>
  new Promise((resolve) => {
    if (c.provider.isAuthenticated) return resolve();
    c.provider.on('authenticated', () => resolve());
  });

export const snapshot = (doc: Y.Doc) => ({
  answers: doc.getMap('answers').toJSON(),
  notes: doc.getArray('notes').toJSON(),
});

/** Takes the tablet offline and waits until its socket is really closed (connect() right after a disconnect() is a no-op). */
export const goOffline = async (c: Client): Promise<void> => {
  c.socket.disconnect();
  await until(() => c.socket.status === 'disconnected');
};

/**
 * A case made on the server by the holder of `token`, as another tablet would: a provider client creates it, waits
 * until the server acknowledged it (stored) and disconnects.
 */
export const createCaseOnServer = async (
  wsUrl: string,
  token: string,
  made: { id: string; name: string; language: string; now?: string },
): Promise<void> => {
  const author = connectClient(wsUrl, caseDocumentName(made.id), token);
  await whenSynced(author);
  createCase(author.doc, { now: '2026-11-23T09:00:00Z', ...made });
  await whenSynced(author);
  author.destroy();
};
