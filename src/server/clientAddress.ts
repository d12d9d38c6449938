// The client's address of a raw request (the sync socket's upgrade), believing X-Forwarded-For only from named proxies.
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

const addresses = new WeakMap<IncomingMessage, string>();

/** Same rule as Fastify's request.ip with trustProxy: the header counts only when the sender is a named proxy. */
export const clientAddressResolver = (trustProxy: string[]) => {
  const trusted = proxyAddr.compile(trustProxy);
  return (request: IncomingMessage): string => {
    const known = addresses.get(request);
    if (known) return known;
    const address =
      trustProxy.length > 0 ? proxyAddr(request, trusted) : (request.socket.remoteAddress ?? '');
    addresses.set(request, address);
    return address;
  };
};

/** The address found for a request before (at the upgrade), else the sender of the TCP connection. */
export const clientAddressOf = (
  request: { socket?: { remoteAddress?: string } } | undefined,
): string | undefined =>
  (request && addresses.get(request as IncomingMessage)) ?? request?.socket?.remoteAddress;
