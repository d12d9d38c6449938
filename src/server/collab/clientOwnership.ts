// A Yjs client id belongs to one device. The first device that brings structs under a client id into a
// document owns it there; an update from another device with structs under that id is refused: two
// devices writing under one id would give the same (client, clock) two different contents, and the
// copies would silently disagree. The owners of a document are read when it loads, so the check of an
// update is synchronous and an update is still forwarded at once; claiming a new id is written in the
// background, and the update's acknowledgement waits for that write like for its own append.
import * as Y from 'yjs';
import type { Queryable } from '../persistence/db';

export class ClientIdTakenError extends Error {
  readonly reason = 'client-id-of-other-device';
}

export interface OwnershipCheck {
  /** Client ids of the update that belong to another device: the update must be refused. */
  foreign: number[];
  /** Claims of ids nobody owned yet, being written; rejects when another instance claimed one first. */
  claiming?: Promise<void>;
}

export interface ClientOwnership {
  /** Reads the owners of a document's client ids; call while loading the document. */
  load(documentName: string): Promise<void>;
  /** Checks (and claims for `deviceId`) the client ids under which `update` carries structs. */
  check(documentName: string, deviceId: string, update: Uint8Array): OwnershipCheck;
  /** The document left memory. */
  forget(documentName: string): void;
}

/** The client ids under which an update carries structs (not its deletions, which name others' structs). */
const writersOf = (update: Uint8Array): number[] => [...Y.parseUpdateMeta(update).to.keys()];

export const createClientOwnership = (db: Queryable): ClientOwnership => {
  const owners = new Map<string, Map<number, string>>();

  const claim = async (documentName: string, clientId: number, deviceId: string): Promise<void> => {
    await db.query(
      'INSERT INTO document_clients (document_name, client_id, device_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [documentName, clientId, deviceId],
    );
    // Another instance may have claimed it a moment earlier: the row decides.
    const [row] = await db.query<{ device_id: string }>(
      'SELECT device_id FROM document_clients WHERE document_name = $1 AND client_id = $2',
      [documentName, clientId],
    );
    if (row && row.device_id !== deviceId) {
      owners.get(documentName)?.set(clientId, row.device_id);
      throw new ClientIdTakenError(
        `client id ${clientId} of ${documentName} belongs to another device`,
      );
    }
  };

  return {
    async load(documentName) {
      const rows = await db.query<{ client_id: string | number; device_id: string }>(
        'SELECT client_id, device_id FROM document_clients WHERE document_name = $1',
        [documentName],
      );
      owners.set(documentName, new Map(rows.map((r) => [Number(r.client_id), r.device_id])));
    },
    check(documentName, deviceId, update) {
      let known = owners.get(documentName);
      if (!known) owners.set(documentName, (known = new Map()));
      const foreign: number[] = [];
      const claims: Promise<void>[] = [];
      for (const clientId of writersOf(update)) {
        const owner = known.get(clientId);
        if (owner === undefined) {
          known.set(clientId, deviceId);
          claims.push(claim(documentName, clientId, deviceId));
        } else if (owner !== deviceId) foreign.push(clientId);
      }
      return {
        foreign,
        ...(claims.length ? { claiming: Promise.all(claims).then(() => undefined) } : {}),
      };
    },
    forget(documentName) {
      owners.delete(documentName);
    },
  };
};
