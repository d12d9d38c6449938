// Attaches Hocuspocus to the Fastify HTTP server: websocket upgrades on /sync (ws in noServer mode), size-limited.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { SyncServer } from './hocuspocus';

export const SYNC_PATH = '/sync';

export const attachSync = (
  server: Server,
  sync: SyncServer,
  {
    maxMessageBytes,
    onSocketError,
  }: { maxMessageBytes: number; onSocketError?: (error: Error, request: IncomingMessage) => void },
): { close(): Promise<void> } => {
  // maxPayload: a larger message closes only that socket (1009), the server keeps serving the others.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxMessageBytes,
    perMessageDeflate: false,
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== SYNC_PATH && path !== `${SYNC_PATH}/`) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // A socket error (e.g. message too big) is handled by ws closing the socket; do not let it crash the process.
      ws.on('error', (error) => {
        console.warn('[sync] socket error:', error.message);
        onSocketError?.(error, request);
      });
      sync.handleConnection(ws, request);
    });
  };
  server.on('upgrade', onUpgrade);

  return {
    close: async () => {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
};
