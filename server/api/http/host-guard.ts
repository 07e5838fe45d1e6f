// The Host header check in front of every route (421): a page on another origin that points its
// own name at 127.0.0.1 (DNS rebinding) reaches a loopback server with a Host header that names
// that page's host, so a request that arrived on a loopback address must name a loopback host.
import type { RequestHandler } from 'express';
import { MisdirectedError } from '../../../core/errors';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export const isLoopbackAddress = (address: string | undefined): boolean =>
  address !== undefined && (/^(::ffff:)?127\./.test(address) || address === '::1');

/** The host name of a Host header, lower case, without the port (`[::1]:3000` -> `[::1]`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

/**
 * Whether a Host header may reach a server listening on `localAddress`: on loopback, only
 * loopback names or the configured ones; elsewhere, the configured ones when there are any.
 */
export function hostAllowed(
  header: string | undefined,
  localAddress: string | undefined,
  allowed: readonly string[],
): boolean {
  if (header === undefined || header.trim() === '') return false;
  const name = hostName(header);
  if (allowed.includes(name)) return true;
  if (isLoopbackAddress(localAddress)) return LOOPBACK_NAMES.has(name);
  return allowed.length === 0;
}

export function hostGuard(allowedHosts: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (hostAllowed(req.headers.host, req.socket.localAddress, allowedHosts)) {
      next();
      return;
    }
    next(
      new MisdirectedError(
        `api: this server does not answer for the host "${String(req.headers.host ?? '').slice(0, 100)}"; ` +
          'use http://localhost or http://127.0.0.1, or add the name to ALLOWED_HOSTS',
      ),
    );
  };
}
