// Decodes the Yjs update carried by an incoming Hocuspocus message (sync step 2 or update), validating it.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus message types (server/src/types.ts) and y-protocols sync sub-types. */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class MalformedMessageError extends Error {
  readonly reason = 'malformed-message';
}

/**
 * Returns the document update a message would apply, undefined for messages that change nothing
 * (sync step 1, awareness, auth, empty updates). Throws MalformedMessageError on undecodable input.
 */
export const updateOfMessage = (message: Uint8Array): Uint8Array | undefined => {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
    const update = decoding.readVarUint8Array(decoder);
    // Decoding the structs validates the update before it is stored: a stored update must always load again.
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0 ? undefined : update;
  } catch (error) {
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
};
