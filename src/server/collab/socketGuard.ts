// What a sync socket may send before its documents are authenticated: the policy, free of ws and Hocuspocus.
import * as decoding from 'lib0/decoding';

/** Hocuspocus message type of an authentication message (server/src/types.ts). */
const MESSAGE_AUTH = 2;
/** Bookkeeping a document name costs before it is authenticated, counted against the queue budget. */
const PER_DOCUMENT_COST = 1024;

export type FrameVerdict =
  | { pass: true }
  /** Dropped and counted; the socket stays open (the document's sync exchange after login carries it again). */
  | { pass: false; reason: 'before-login' | 'queue-full' | 'malformed-frame' };

export interface SocketGuardLimits {
  /** Bytes of frames that may wait per socket for their document's authentication (sync step 1, a small edit). */
  maxQueuedBytes: number;
  /** Called once, when the first document on the socket is authenticated. */
  onFirstLogin?: () => void;
}

type DocumentState = 'auth-sent' | 'open' | 'refused';

/** Reads the document name and message type at the start of a Hocuspocus frame; undefined when unreadable. */
export const peekFrame = (
  frame: Uint8Array,
): { documentName: string; type: number } | undefined => {
  try {
    const decoder = decoding.createDecoder(frame);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    return { documentName, type };
  } catch {
    return undefined;
  }
};

/**
 * One socket's gate in front of Hocuspocus, which would otherwise queue every frame of a document without
 * limit until that document is authenticated. An authentication message always passes (once per document);
 * a frame of a document whose authentication is still pending waits only within a small byte budget; a frame
 * of a document nobody asked to open, or whose authentication was refused, is dropped.
 */
export const createSocketGuard = ({ maxQueuedBytes, onFirstLogin }: SocketGuardLimits) => {
  /** Per document name: its state and the bytes of its frames Hocuspocus holds until it is open. */
  const documents = new Map<string, { state: DocumentState; bytes: number }>();
  let queuedBytes = 0;
  let everAuthenticated = false;
  const take = (documentName: string, bytes: number): boolean => {
    if (queuedBytes + bytes > maxQueuedBytes) return false;
    queuedBytes += bytes;
    const entry = documents.get(documentName);
    if (entry) entry.bytes += bytes;
    return true;
  };

  return {
    /** Whether any document on this socket has been authenticated (the socket has logged in). */
    get loggedIn() {
      return everAuthenticated;
    },
    get queuedBytes() {
      return queuedBytes;
    },
    inspect(frame: Uint8Array): FrameVerdict {
      const head = peekFrame(frame);
      if (!head) return { pass: false, reason: 'malformed-frame' };
      const entry = documents.get(head.documentName);
      if (entry?.state === 'open') return { pass: true };
      if (head.type === MESSAGE_AUTH && entry === undefined) {
        if (queuedBytes + PER_DOCUMENT_COST > maxQueuedBytes)
          return { pass: false, reason: 'queue-full' };
        documents.set(head.documentName, { state: 'auth-sent', bytes: 0 });
        take(head.documentName, PER_DOCUMENT_COST);
        return { pass: true };
      }
      if (entry?.state !== 'auth-sent') return { pass: false, reason: 'before-login' };
      return take(head.documentName, frame.byteLength)
        ? { pass: true }
        : { pass: false, reason: 'queue-full' };
    },
    /** The document's authentication passed. */
    authenticated(documentName: string) {
      if (!everAuthenticated) onFirstLogin?.();
      everAuthenticated = true;
      const entry = documents.get(documentName);
      if (entry) entry.state = 'auth-sent';
    },
    /** The document is open: its queued frames have been handed on, later ones go straight through. */
    opened(documentName: string) {
      if (!everAuthenticated) onFirstLogin?.();
      everAuthenticated = true;
      const entry = documents.get(documentName);
      queuedBytes -= entry?.bytes ?? 0;
      documents.set(documentName, { state: 'open', bytes: 0 });
    },
    /**
     * The document's authentication was refused: nothing more of it is taken in on this socket (what it
     * queued stays counted: Hocuspocus holds it until the socket closes).
     */
    refused(documentName: string) {
      const entry = documents.get(documentName);
      if (entry) entry.state = 'refused';
    },
    /** The document's connection on this socket ended: a new authentication starts it over. */
    closed(documentName: string) {
      const entry = documents.get(documentName);
      if (entry?.state === 'open') documents.delete(documentName);
    },
  };
};

export type SocketGuard = ReturnType<typeof createSocketGuard>;
