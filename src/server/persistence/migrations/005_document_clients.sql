-- Which device first wrote under a Yjs client id in a document. A Yjs client id belongs to one device:
-- an update that carries new structs under another device's client id is refused (src/server/collab/clientOwnership.ts).
CREATE TABLE IF NOT EXISTS document_clients (
  document_name text NOT NULL,
  client_id bigint NOT NULL,
  device_id text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document_name, client_id)
);
