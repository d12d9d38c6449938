// Attaches Hocuspocus to the Fastify HTTP server: websocket upgrades on /sync (ws in noServer mode), with a gate
// in front of every socket until it has logged in (frame size, queued bytes, sockets per address, a deadline).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AuditEntry } from '../audit';
import type { SyncServer } from './hocuspocus';
import { createSocketGuard, type SocketGuard } from './socketGuard';

export const SYNC_PATH = '/sync';

export interface SocketLimits {
  /** Largest message of a logged-in socket; a larger one closes that socket (1009). */
  maxMessageBytes: number;
  /** Largest message before login: an authentication and a sync step are small. */
  maxMessageBytesBeforeLogin: number;
  /** Bytes per socket that may wait for their document's authentication. */
  maxQueuedBytes: number;
  /** Sockets per address that have not logged in yet. */
  maxSocketsBeforeLoginPerAddress: number;
  /** A socket that has not logged in by then is closed. */
  loginTimeoutMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  maxMessageBytes: 16 * 1024 * 1024,
  maxMessageBytesBeforeLogin: 256 * 1024,
  maxQueuedBytes: 1024 * 1024,
  maxSocketsBeforeLoginPerAddress: 32,
  loginTimeoutMs: 10_000,
};

/** What Hocuspocus hooks find in their context to tell the gate how the socket's documents fare. */
export interface GateContext {
  socketGuard?: SocketGuard;
}

const LOGIN_TIMEOUT = { code: 4408, reason: 'login-timeout' };
const MALFORMED = { code: 4400, reason: 'malformed-frame' };

/** ws's error codes in the words of the audit log. */
const socketErrorReason = (error: Error): string =>
  (error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
    ? 'message-too-big'
    : 'broken-frame';

/** ws keeps the payload limit on its receiver; it is lowered until the socket logs in (a larger frame is refused at its header, unread). */
const setFrameLimit = (ws: WebSocket, bytes: number): boolean => {
  const receiver = (ws as unknown as { _receiver?: { _maxPayload?: number } })._receiver;
  if (typeof receiver?._maxPayload !== 'number') return false;
  receiver._maxPayload = bytes;
  return true;
};

export const attachSync = (
  server: Server,
  sync: SyncServer,
  {
    limits = DEFAULT_SOCKET_LIMITS,
    clientAddress,
    audit,
  }: {
    limits?: SocketLimits;
    clientAddress: (request: IncomingMessage) => string;
    /** Refusals before login (tallied per address by the audit log). */
    audit: (entry: AuditEntry) => Promise<void>;
  },
): { close(): Promise<void> } => {
  const refuse = (ip: string, reason: string) =>
    void audit({ action: 'sync-socket', outcome: 'refused', reason, ip });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
  });
  /** Sockets not logged in yet, per address. */
  const waiting = new Map<string, number>();
  const release = (ip: string) => {
    const n = (waiting.get(ip) ?? 1) - 1;
    if (n <= 0) waiting.delete(ip);
    else waiting.set(ip, n);
  };

  const gate = (ws: WebSocket, ip: string): SocketGuard => {
    let counted = true;
    const loggedIn = () => {
      if (!counted) return;
      counted = false;
      release(ip);
      clearTimeout(deadline);
      setFrameLimit(ws, limits.maxMessageBytes);
    };
    const guard = createSocketGuard({
      maxQueuedBytes: limits.maxQueuedBytes,
      onFirstLogin: loggedIn,
    });
    if (!setFrameLimit(ws, limits.maxMessageBytesBeforeLogin)) {
      console.warn(
        '[sync] this ws version hides its payload limit: frames before login are limited only by the queue budget',
      );
    }
    const deadline = setTimeout(() => {
      refuse(ip, LOGIN_TIMEOUT.reason);
      ws.close(LOGIN_TIMEOUT.code, LOGIN_TIMEOUT.reason);
    }, limits.loginTimeoutMs);
    ws.once('close', () => {
      if (counted) {
        counted = false;
        release(ip);
      }
      clearTimeout(deadline);
    });
    // Hocuspocus queues every frame of a document until it is authenticated; the gate decides first.
    // Frames it queued are replayed through the same listener once the document opens: those pass as they are.
    const hocuspocusListeners = ws.listeners('message') as ((...args: unknown[]) => void)[];
    ws.removeAllListeners('message');
    const seen = new WeakSet<object>();
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!seen.has(data)) {
        const verdict = guard.inspect(data);
        if (!verdict.pass) {
          if (!guard.loggedIn) refuse(ip, verdict.reason);
          // Bytes that are no Hocuspocus message at all: nothing honest sends them, the socket is closed.
          if (verdict.reason === 'malformed-frame') ws.close(MALFORMED.code, MALFORMED.reason);
          return;
        }
        seen.add(data);
      }
      for (const listener of hocuspocusListeners) listener.call(ws, data, isBinary);
    });
    return guard;
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== SYNC_PATH && path !== `${SYNC_PATH}/`) {
      socket.destroy();
      return;
    }
    const ip = clientAddress(request);
    if ((waiting.get(ip) ?? 0) >= limits.maxSocketsBeforeLoginPerAddress) {
      refuse(ip, 'too-many-sockets-before-login');
      socket.end(
        'HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    waiting.set(ip, (waiting.get(ip) ?? 0) + 1);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const guarded: { guard?: SocketGuard } = {};
      // A socket error (a frame too large, a broken frame) closes only this socket; it must not end the process.
      ws.on('error', (error) => {
        const reason = socketErrorReason(error);
        refuse(ip, reason);
        if (guarded.guard?.loggedIn) console.warn(`[sync] socket of ${ip} closed: ${reason}`);
      });
      // Hocuspocus copies this context per document when the document's first frame arrives, so the
      // guard set just after (once Hocuspocus has put its listener on the socket) is in every copy.
      const context: GateContext = {};
      sync.handleConnection(ws, request, context);
      guarded.guard = gate(ws, ip);
      context.socketGuard = guarded.guard;
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
