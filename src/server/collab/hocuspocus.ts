// The Hocuspocus instance: authorisation per document, durable acknowledgement, loading and storing through the document store.
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseDocumentName } from '../../protocol/documentName';
import type { Audit } from '../audit';
import { auditCaseOpened } from '../audit/caseOpened';
import { CaseDeletedError, isCaseDeleted, purgeIfDeleted } from '../avg/tombstones';
import type { AuthService } from '../auth/service';
import type { Principal } from '../auth/tokens';
import { updateCaseProjection } from '../persistence/caseProjection';
import type { Database } from '../persistence/db';
import type { DocumentStore } from '../persistence/documentStore';
import { authorizeDocument } from './access';
import { updateOfMessage } from './incomingUpdate';
import { createKeyedQueue } from './keyedQueue';

export interface SyncDeps {
  db: Database;
  store: DocumentStore;
  auth: AuthService;
  audit: Audit;
  extensions?: Extension[];
  /** Debounce of onStoreDocument (compaction + projection), ms. */
  debounce?: number;
  maxDebounce?: number;
}

export interface SyncContext {
  principal: Principal;
}

/** An error Hocuspocus turns into a permission-denied message with this reason (empty message: not logged as a crash). */
const refusal = (reason: string) => Object.assign(new Error(''), { reason });

const remoteAddress = (request: { socket?: { remoteAddress?: string } } | undefined) =>
  request?.socket?.remoteAddress;

export const createSyncServer = ({
  db,
  store,
  auth,
  audit,
  extensions = [],
  // The store only refreshes the projection (and compacts a long log): durability comes from the log,
  // so a minute between stores of a document under continuous editing is plenty.
  debounce = 5000,
  maxDebounce = 60_000,
}: SyncDeps) => {
  const inOrder = createKeyedQueue();

  return new Hocuspocus({
    name: 'samenspraak',
    quiet: true,
    debounce,
    maxDebounce,
    unloadImmediately: true,
    extensions,

    async onAuthenticate({ token, documentName, request, connectionConfig }) {
      const access = await authorizeDocument(
        { db, auth, audit },
        token,
        documentName,
        remoteAddress(request),
      );
      if (!access.ok) throw refusal(access.reason);
      connectionConfig.readOnly = access.readOnly;
      return { principal: access.principal } satisfies SyncContext;
    },

    async onLoadDocument({ documentName, document }) {
      let state: Uint8Array;
      try {
        state = await store.load(documentName);
      } catch (error) {
        if (error instanceof CaseDeletedError) throw refusal('case-deleted');
        // Never hand out an empty document that a client could later overwrite the real one with.
        console.error(`[sync] loading ${documentName} failed:`, error);
        throw refusal('document-load-failed');
      }
      Y.applyUpdate(document, state);
    },

    /**
     * Durable acknowledgement: Hocuspocus applies a message and sends SyncStatus(true) only after this
     * hook resolves, so the update is committed to the log before the client counts it as synced.
     * Hooks are queued per document so messages are still applied in the order they arrived.
     */
    async beforeHandleMessage({ documentName, update: message, connection, context }) {
      await inOrder(documentName, async () => {
        if (connection.readOnly) return;
        let update: Uint8Array | undefined;
        try {
          update = updateOfMessage(message);
        } catch (error) {
          const p = (context as Partial<SyncContext>).principal;
          await audit({
            action: 'sync-message',
            outcome: 'refused',
            reason: 'malformed-message',
            target: documentName,
            organisationId: p?.organisationId,
            userId: p?.userId,
            deviceId: p?.deviceId,
            ip: remoteAddress(connection.request),
          });
          throw error; // Hocuspocus closes this connection; the message is neither stored nor applied.
        }
        if (update) await store.appendUpdate(documentName, update);
      });
    },

    /** Audits 'case-opened' once the connection is established (authenticated and loaded), once per connection. */
    async connected({ documentName, context, connection, request }) {
      await auditCaseOpened(audit, {
        connection,
        principal: (context as Partial<SyncContext>).principal,
        documentName,
        ip: remoteAddress(request),
        readOnly: connection.readOnly,
      });
    },

    async onStoreDocument({ documentName, document }) {
      // A case deleted on request is never written again, not even from the copy still in memory.
      if (await isCaseDeleted(db, documentName)) return;
      // Every update is already durable in the log; merging it into the state is housekeeping. Done here
      // for every debounced store it blocked the database for the acks of other documents (the p99 tail
      // in docs/benchmarks.md), so it happens when the last tablet leaves and otherwise in the sweep,
      // one document at a time.
      if (document.getConnectionsCount() === 0) await store.compact(documentName, Y.encodeStateAsUpdate(document));
      const ref = parseDocumentName(documentName);
      if (ref?.kind === 'case') await updateCaseProjection(db, documentName, ref.caseId, document);
      // Deleted while this store ran: remove what it wrote.
      await purgeIfDeleted(db, documentName);
    },
  });
};

export type SyncServer = ReturnType<typeof createSyncServer>;

/** Closes every socket of a revoked device; its reconnect is then refused. */
export const disconnectDevice = (sync: SyncServer, deviceId: string): number => {
  let closed = 0;
  for (const document of sync.documents.values()) {
    for (const connection of document.getConnections()) {
      if ((connection.context as Partial<SyncContext>)?.principal?.deviceId === deviceId) {
        connection.webSocket.close(4403, 'device-revoked');
        closed++;
      }
    }
  }
  return closed;
};
