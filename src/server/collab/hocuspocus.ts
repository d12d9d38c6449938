// The Hocuspocus instance: authorisation per document, durable acknowledgement, loading and storing through the document store.
import { Hocuspocus, type Document, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { ErrorCode } from '../../protocol/api';
import {
  CASES_CHANGED,
  CONTENT_CHANGED,
  organisationChannelName,
  parseDocumentName,
} from '../../protocol/documentName';
import type { Audit } from '../audit';
import { auditCaseOpened } from '../audit/caseOpened';
import { CaseDeletedError, isCaseDeleted, purgeIfDeleted } from '../avg/tombstones';
import type { AuthService } from '../auth/service';
import type { Principal } from '../auth/tokens';
import { updateCaseProjection } from '../persistence/caseProjection';
import { touchDeviceSync } from '../auth/devices';
import type { Database } from '../persistence/db';
import type { DocumentStore } from '../persistence/documentStore';
import { authorizeDocument } from './access';
import { applyWithoutEcho } from './applyWithoutEcho';
import { Refusal } from './refusal';
import { createUploadRate } from './uploadRate';
import { DEFAULT_QUOTAS, type SyncQuotas } from './quotas';
import { updateOfMessage } from './incomingUpdate';
import { removesKeptRecord } from './keptRecords';
import { createDurabilityTracker } from './durability';
import { createClientOwnership } from './clientOwnership';
import { fromBase64 } from 'lib0/buffer';
import { coverageRequestSchema, parseStateless, type CoverageReply } from '../../protocol/coverage';
import { snapshotCovers } from '../../domain/coverage';
import { clientAddressOf } from '../clientAddress';
import type { GateContext } from './attach';

export interface SyncDeps {
  db: Database;
  store: DocumentStore;
  auth: AuthService;
  audit: Audit;
  extensions?: Extension[];
  quotas?: SyncQuotas;
  /** Debounce of onStoreDocument (compaction + projection), ms. */
  debounce?: number;
  maxDebounce?: number;
}

export interface SyncContext {
  principal: Principal;
}

/** Hocuspocus turns a refused authentication into a permission-denied message with this reason. */
const refusal = (reason: string) => new Refusal(4403, reason);
/** The in-memory copy holds an update the log does not: closed, so tablets send it again after a reload. */
const NOT_DURABLE = { code: 4500, reason: 'document-not-durable' satisfies ErrorCode };
/** An update wrote under a Yjs client id of another device: refused, the tablet keeps its work. */
const FOREIGN_CLIENT = { code: 4409, reason: 'client-id-of-other-device' satisfies ErrorCode };
/** Over a quota: refused for good, the work stays on the tablet, which says so in plain words. */
const TOO_LARGE = { update: 'update-too-large', case: 'case-too-large' } as const satisfies Record<
  string,
  ErrorCode
>;
/** An update that would delete a vastgestelde PIP version or a voice clip (keptRecords.ts): refused for good. */
const KEPT_RECORD = { code: 4409, reason: 'removes-kept-record' satisfies ErrorCode };
/** Bytes that do not decode as an update: the connection is reset (Hocuspocus's ResetConnection code). */
const MALFORMED = { code: 4205, reason: 'malformed-message' };

/** The client's address (behind a named proxy, the one it forwarded), as found at the upgrade. */
const remoteAddress = clientAddressOf;
/** The socket's gate (attach.ts), told how its documents fare so it knows what may still wait. */
const gateOf = (context: unknown) => (context as GateContext | undefined)?.socketGuard;

/** The store (projection refresh, compaction when no tablet is connected) runs this long after a document's last
 * update, and at least this often while it keeps changing; the benchmarks' prose reads them from here. */
export const STORE_DEBOUNCE_MS = 5000;
export const STORE_MAX_DEBOUNCE_MS = 60_000;

export const createSyncServer = ({
  db,
  store,
  auth,
  audit,
  extensions = [],
  // The store only refreshes the projection (and compacts a long log): durability comes from the log,
  // so a minute between stores of a document under continuous editing is plenty.
  debounce = STORE_DEBOUNCE_MS,
  maxDebounce = STORE_MAX_DEBOUNCE_MS,
  quotas = DEFAULT_QUOTAS,
}: SyncDeps) => {
  const durability = createDurabilityTracker();
  const uploadRate = createUploadRate(quotas.uploadRate);
  /** Bytes of each loaded case: its stored state, plus every update taken in since. */
  const caseBytes = new WeakMap<Document, number>();
  const ownership = createClientOwnership(db);
  /** When each device's last sync was written, so the device list's "last sync" costs one write a minute. */
  const syncTouched = new Map<string, number>();
  const touchSync = (deviceId: string) => {
    const now = Date.now();
    if ((syncTouched.get(deviceId) ?? 0) > now - 60_000) return;
    syncTouched.set(deviceId, now);
    touchDeviceSync(db, deviceId).catch((error: unknown) =>
      console.error(
        '[sync] last sync not written:',
        error instanceof Error ? error.message : error,
      ),
    );
  };

  /** Compaction when the last tablet has left, and the projection the back office reads. */
  const storeDocument = async (documentName: string, document: Document) => {
    const ref = parseDocumentName(documentName);
    // A municipality's channel has no content to keep.
    if (ref?.kind !== 'case') return;
    // A case deleted on request is never written again, not even from the copy still in memory.
    if (await isCaseDeleted(db, documentName)) return;
    // Every update is already durable in the log; merging it into the state is housekeeping. Done at
    // every debounced store it blocked the database for the acks of other documents, so it happens
    // when the last tablet leaves and otherwise in the background sweep, one document at a time.
    if (document.getConnectionsCount() === 0)
      await store.compact(documentName, Y.encodeStateAsUpdate(document));
    await updateCaseProjection(db, documentName, ref.caseId, document);
    // Deleted while this store ran: remove what it wrote.
    await purgeIfDeleted(db, documentName);
  };

  const hocuspocus: Hocuspocus = new Hocuspocus({
    name: 'samenspraak',
    quiet: true,
    debounce,
    maxDebounce,
    unloadImmediately: true,
    extensions,

    async onAuthenticate({ token, documentName, request, connectionConfig, context }) {
      let access: Awaited<ReturnType<typeof authorizeDocument>>;
      try {
        access = await authorizeDocument(
          { db, auth, audit },
          token,
          documentName,
          remoteAddress(request),
        );
      } catch (error) {
        // The database failed (an outage, a restart): not a refusal of this tablet, which tries again.
        console.error(
          `[sync] authorising ${documentName} failed:`,
          error instanceof Error ? error.message : error,
        );
        gateOf(context)?.refused(documentName);
        throw refusal('server-unavailable' satisfies ErrorCode);
      }
      if (!access.ok) {
        gateOf(context)?.refused(documentName);
        throw refusal(access.reason);
      }
      gateOf(context)?.authenticated(documentName);
      connectionConfig.readOnly = access.readOnly;
      // A new case: the municipality's other tablets that are online fetch it now, not at their next reconnect.
      if (access.claimed) notifyCasesChanged(hocuspocus, access.principal.organisationId);
      return { principal: access.principal } satisfies SyncContext;
    },

    async onLoadDocument({ documentName, document }) {
      if (parseDocumentName(documentName)?.kind === 'org') return;
      let state: Uint8Array;
      try {
        state = await store.load(documentName);
        await ownership.load(documentName);
      } catch (error) {
        if (error instanceof CaseDeletedError) throw refusal('case-deleted');
        // Never hand out an empty document that a client could later overwrite the real one with.
        console.error(`[sync] loading ${documentName} failed:`, error);
        throw refusal('document-load-failed');
      }
      Y.applyUpdate(document, state);
      caseBytes.set(document, state.byteLength);
    },

    /**
     * Durable acknowledgement without holding up the other tablets: an incoming update is applied at once
     * (forwarded to every other connection of the document, not back to its sender) and appended to the
     * log in the background. The hook resolves, and Hocuspocus answers with SyncStatus(true), only once every update
     * applied to this document so far is committed, so an acknowledged tablet never holds the only copy.
     * When an append fails the in-memory copy is ahead of the log: every socket on the document is closed
     * and nothing on that copy is acknowledged again; the tablets keep their changes and send them again
     * once it has been reloaded from the database.
     */
    async beforeHandleMessage({ documentName, document, update: message, connection, context }) {
      if (durability.isPoisoned(document)) throw new Refusal(NOT_DURABLE.code, NOT_DURABLE.reason);
      if (!connection.readOnly) {
        const principal = (context as Partial<SyncContext>).principal;
        /** Audits the refused message and returns the refusal to throw (Hocuspocus closes this connection). */
        const refuse = async ({ code, reason }: { code: number; reason: string }) => {
          await audit({
            action: 'sync-message',
            outcome: 'refused',
            reason,
            target: documentName,
            organisationId: principal?.organisationId,
            userId: principal?.userId,
            deviceId: principal?.deviceId,
            ip: remoteAddress(connection.request),
          });
          return new Refusal(code, reason);
        };
        let update: Uint8Array | undefined;
        try {
          update = updateOfMessage(message);
        } catch {
          // The message is neither stored nor applied.
          throw await refuse(MALFORMED);
        }
        if (update) {
          const owned = principal
            ? ownership.check(documentName, principal.deviceId, update)
            : { foreign: [] };
          if (owned.foreign.length > 0) throw await refuse(FOREIGN_CLIENT);
          const tooLarge =
            update.byteLength > quotas.maxUpdateBytes
              ? TOO_LARGE.update
              : (caseBytes.get(document) ?? 0) + update.byteLength > quotas.maxCaseBytes
                ? TOO_LARGE.case
                : undefined;
          if (tooLarge) throw await refuse({ code: 4413, reason: tooLarge });
          if (removesKeptRecord(document, update)) throw await refuse(KEPT_RECORD);
          caseBytes.set(document, (caseBytes.get(document) ?? 0) + update.byteLength);
          // One user's large uploads wait their turn, on every socket of theirs: the update waits before it
          // is taken in, and its socket is not read meanwhile (one waiting update per socket in memory).
          const wait = principal ? uploadRate.take(principal.userId, update.byteLength) : 0;
          if (wait > 0) {
            pauseReading(connection.webSocket, wait);
            await new Promise((resolve) => setTimeout(resolve, wait));
          }
          applyWithoutEcho(document, update, connection);
          durability.track(document, store.appendUpdate(documentName, update));
          // A new client id is acknowledged only once its owner is written (and found to be this device).
          if (owned.claiming) durability.track(document, owned.claiming);
        }
      }
      try {
        await durability.settled(document);
      } catch (error) {
        if (error instanceof CaseDeletedError) throw error;
        // Whole sockets, not only this document's connections: a tablet then reconnects by itself (with
        // backoff), and no idle connection keeps the poisoned copy loaded.
        for (const c of document.getConnections())
          c.webSocket.close(NOT_DURABLE.code, NOT_DURABLE.reason);
        throw new Refusal(NOT_DURABLE.code, NOT_DURABLE.reason);
      }
    },

    /** Audits 'case-opened' once the connection is established (authenticated and loaded), once per connection. */
    async connected({ documentName, context, connection, request }) {
      gateOf(context)?.opened(documentName);
      if (parseDocumentName(documentName)?.kind !== 'case') return;
      const principal = (context as Partial<SyncContext>).principal;
      if (principal) touchSync(principal.deviceId);
      await auditCaseOpened(audit, {
        connection,
        principal: (context as Partial<SyncContext>).principal,
        documentName,
        ip: remoteAddress(request),
        readOnly: connection.readOnly,
      });
    },

    /**
     * A tablet asks whether its copy is safely here: answered once every update taken in so far is
     * committed, by comparing the tablet's snapshot (structs and deletions) with this copy.
     */
    async onStateless({ connection, document, documentName, payload }) {
      if (parseDocumentName(documentName)?.kind !== 'case') return;
      const request = parseStateless(coverageRequestSchema, payload);
      if (!request) return;
      let covered = false;
      try {
        await durability.settled(document);
        covered =
          !durability.isPoisoned(document) &&
          snapshotCovers(Y.snapshot(document), Y.decodeSnapshot(fromBase64(request.snapshot)));
      } catch {
        covered = false;
      }
      connection.sendStateless(
        JSON.stringify({ type: 'coverage', id: request.id, covered } satisfies CoverageReply),
      );
    },

    async onDisconnect({ documentName, context }) {
      gateOf(context)?.closed(documentName);
    },

    async afterUnloadDocument({ documentName }) {
      ownership.forget(documentName);
    },

    async onStoreDocument({ documentName, document }) {
      // Never throws: Hocuspocus's debouncer would leave the rejection unhandled (which ends the process)
      // and refuse every later store of this document. Nothing is lost by a failed store, every update
      // is in the log already; the sweep compacts later and the next store refreshes the projection.
      try {
        await storeDocument(documentName, document);
      } catch (error) {
        console.error(
          `[sync] storing ${documentName} failed (its updates are safe in the log):`,
          error,
        );
      }
    },
  });
  return hocuspocus;
};

export type SyncServer = ReturnType<typeof createSyncServer>;

const resumeTimers = new WeakMap<object, ReturnType<typeof setTimeout>>();
/** Stops reading a socket for `ms` (TCP pushes back on the tablet); frames already read are still handled. */
const pauseReading = (ws: { pause?: () => void; resume?: () => void }, ms: number) => {
  if (ms <= 0 || !ws.pause || !ws.resume) return;
  clearTimeout(resumeTimers.get(ws));
  ws.pause();
  resumeTimers.set(
    ws,
    setTimeout(() => ws.resume?.(), ms),
  );
};

/**
 * Tells the municipality's tablets that are online (through its channel document) that its case list
 * changed: a new case, a reassignment or a deletion. With Redis the message reaches the other instances
 * that have the channel open.
 */
export function notifyCasesChanged(
  sync: Pick<SyncServer, 'documents'>,
  organisationId: string,
): void {
  sync.documents.get(organisationChannelName(organisationId))?.broadcastStateless(CASES_CHANGED);
}

/** Tells the municipality's tablets that are online that its content (texts, figures, partners) changed. */
export function notifyContentChanged(
  sync: Pick<SyncServer, 'documents'>,
  organisationId: string,
): void {
  sync.documents.get(organisationChannelName(organisationId))?.broadcastStateless(CONTENT_CHANGED);
}

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
