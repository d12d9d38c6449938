// A reference server for the load bench: @hocuspocus/server as shipped, documents in memory, no hooks
// (no auth, no persistence, no acknowledgement held back). Separates what the Hocuspocus stack costs
// from what ours adds to it. Prints "listening on <port>" once it accepts sockets.
import { Server } from '@hocuspocus/server';

const server = new Server({ quiet: true, port: 0, address: '127.0.0.1' });
await server.listen();
console.log(`listening on ${server.address.port}`);
process.on('SIGTERM', () => void server.destroy().then(() => process.exit(0)));
