// Applies a tablet's update to the server's copy without sending it back to that tablet. Hocuspocus
// forwards every change to all connections of a document, the one it came from included; that echo
// carries nothing new (the tablet has its own update) and, on a case open on one tablet, doubled the
// traffic back to the tablet over the azc wifi. The forward happens synchronously inside the apply,
// so that connection's send is muted for exactly that call.
import type { Connection, Document } from '@hocuspocus/server';
import * as Y from 'yjs';

export const applyWithoutEcho = (
  document: Document,
  update: Uint8Array,
  from: Connection,
): void => {
  const send = from.send;
  from.send = () => undefined;
  try {
    Y.applyUpdate(document, update, from);
  } finally {
    from.send = send;
  }
};
