// Where the review server may listen: loopback only, unless the user asks for more and is warned.
import { isIP } from 'node:net';
import { NewsannoError } from '../core/errors.js';

/** Strips the brackets of an IPv6 literal: "[::1]" → "::1". */
export const bareHost = (host: string): string => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** True for names and addresses that only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(host: string): boolean {
  const h = bareHost(host.trim().toLowerCase());
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v = isIP(h);
  if (v === 4) return h.split('.')[0] === '127';
  if (v === 6) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return !!mapped && mapped[1].split('.')[0] === '127';
  }
  return false;
}

/** The host part of a URL: IPv6 literals in brackets. */
export const urlHost = (host: string): string => (isIP(bareHost(host)) === 6 ? `[${bareHost(host)}]` : host);

/**
 * Checks the address to listen on. A non-loopback host needs `allowRemote`; it is then allowed with
 * a warning, because the review page has no login: anyone who can reach it can change decisions.
 * Returns the warning to print (or null).
 */
export function checkListenHost(host: string, allowRemote: boolean): string | null {
  if (!host.trim())
    throw new NewsannoError('--host is empty', { code: 'usage', hint: 'leave --host out to listen on 127.0.0.1 only' });
  if (isLoopbackHost(host)) return null;
  if (!allowRemote)
    throw new NewsannoError(`refusing to listen on ${host}: the review server has no login, so it listens on this machine only`, {
      code: 'usage',
      hint: 'leave --host out (127.0.0.1), or add --allow-remote if every machine that can reach this address may change review decisions',
    });
  return `warning: the review server listens on ${host}; it has no login, so anyone who can reach this address can read the articles and change review decisions`;
}

/**
 * For a server on loopback: is the request's Host header one of ours? Refusing other names stops
 * DNS rebinding (a web page whose own name resolves to 127.0.0.1 talking to this server).
 */
export function isAllowedHostHeader(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+))?$/i.exec(hostHeader.trim());
  if (!m) return false;
  if (m[2] !== undefined && Number(m[2]) !== port) return false;
  return isLoopbackHost(m[1]);
}
