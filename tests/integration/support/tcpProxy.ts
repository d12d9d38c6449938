// A TCP proxy on 127.0.0.1 in front of a service (PostgreSQL): shut() closes every connection and
// refuses new ones, open() listens again on the same port — a database outage of a few seconds.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  shut(): Promise<void>;
  open(): Promise<void>;
  close(): Promise<void>;
}

export const startTcpProxy = async (host: string, port: number): Promise<TcpProxy> => {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const make = (): Server =>
    createServer((client) => {
      const upstream = connect(port, host);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
    });
  let server = make();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const own = (server.address() as { port: number }).port;
  const shut = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  };
  return {
    port: own,
    shut,
    open: async () => {
      if (server.listening) return;
      server = make();
      await new Promise<void>((resolve) => server.listen(own, '127.0.0.1', resolve));
    },
    close: async () => {
      if (server.listening) await shut();
    },
  };
};
