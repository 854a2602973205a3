import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';

/** The address a request came from, as the rate limits and caps count clients. */
export type ClientAddressOf = (c: Context) => string;

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) as `192.0.2.1`, so both spellings are one. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The socket peer's address (`app.request()` has none: `unknown`). */
export function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  return address ? plain(address) : 'unknown';
}

/** True when `entry` is an IP address or a subnet in CIDR notation (`10.0.0.0/8`, `fd00::/8`). */
export function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

function blockListOf(trusted: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of trusted) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/**
 * How to tell clients apart. Without trusted proxies: the socket peer, and `X-Forwarded-For` is
 * ignored (anyone can send it). When the peer is a trusted proxy (an address or subnet of
 * `trusted`): the right-most `X-Forwarded-For` address that is not a trusted proxy itself, since
 * entries left of it were written by the client and can be forged.
 */
export function createClientAddress(trusted: readonly string[] = []): ClientAddressOf {
  if (trusted.length === 0) return socketAddress;
  const list = blockListOf(trusted);
  const isTrusted = (address: string) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
  return (c) => {
    const peer = socketAddress(c);
    if (!isTrusted(peer)) return peer;
    const hops = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((hop) => plain(hop.trim()))
      .filter((hop) => hop !== '');
    for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i]!)) return hops[i]!;
    // Only proxies (or no header): the furthest one is the best there is.
    return hops[0] ?? peer;
  };
}
