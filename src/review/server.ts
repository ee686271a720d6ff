// The review server: node:http, one Store, a JSON API under /api and the page at /. Listens on
// loopback only unless asked otherwise; POSTs need the per-server token the page carries.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NewsannoError } from '../core/errors.js';
import type { Store } from '../store/index.js';
import { findRoute, toHttpError, type ApiContext } from './api.js';
import { REVIEW_CSS } from './assets/styles.js';
import { REVIEW_JS } from './assets/client.js';
import { checkListenHost, isAllowedHostHeader, isLoopbackHost, urlHost } from './hosts.js';
import { HttpError, readJsonBody, send, sendError, sendJson } from './http.js';
import { renderPage } from './page.js';

/** The header a POST must carry (X-Newsanno-Token), holding the token printed in the page. */
export const TOKEN_HEADER = 'x-newsanno-token';

export interface ReviewServerOptions {
  store: Store;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Anything but loopback needs `allowRemote`. */
  host?: string;
  allowRemote?: boolean;
  /** The CSRF token; random per server unless given (tests). */
  token?: string;
  /** Recorded as reviewer when a request names none. */
  defaultReviewer?: string | null;
  /** Told about a non-loopback host. */
  onWarning?: (message: string) => void;
  /** Told about unexpected errors (answered as 500 without details). */
  onError?: (err: unknown) => void;
}

export interface ReviewServer {
  /** The page's address: http://127.0.0.1:PORT/ */
  url: string;
  host: string;
  port: number;
  token: string;
  server: Server;
  /** Stops accepting requests and closes open connections. The store stays open: its owner closes it. */
  close(): Promise<void>;
}

const STATIC: Record<string, { type: string; body: () => string }> = {
  '/assets/review.js': { type: 'text/javascript; charset=utf-8', body: () => REVIEW_JS },
  '/assets/review.css': { type: 'text/css; charset=utf-8', body: () => REVIEW_CSS },
};

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Query parameters as one string each; a repeated key is joined with commas (status=a&status=b). */
function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = k in out ? `${out[k]},${v}` : v;
  return out;
}

/** The host:port of an Origin header, or null when it has none ("null", garbage). */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

function listenError(err: NodeJS.ErrnoException, host: string, port: number): NewsannoError {
  if (err.code === 'EADDRINUSE')
    return new NewsannoError(`port ${port} on ${host} is already in use`, { code: 'usage', hint: 'choose another --port, or --port 0 for any free one' });
  if (err.code === 'EACCES')
    return new NewsannoError(`not allowed to listen on port ${port}`, { code: 'usage', hint: 'ports below 1024 need privileges; choose --port 1024 or above' });
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN')
    return new NewsannoError(`cannot listen on ${host}: it is not an address of this machine`, { code: 'usage', hint: 'leave --host out to use 127.0.0.1' });
  return new NewsannoError(`cannot listen on ${host}:${port}: ${err.message}`, { code: 'usage', cause: err });
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const host = options.host ?? '127.0.0.1';
  const allowRemote = options.allowRemote ?? false;
  const warning = checkListenHost(host, allowRemote);
  if (warning) options.onWarning?.(warning);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new NewsannoError(`--port must be a whole number from 0 to 65535, not ${port}`, { code: 'usage', hint: 'use --port 0 for any free port' });
  const token = options.token ?? randomBytes(32).toString('base64url');
  const ctx: ApiContext = { store: options.store, defaultReviewer: options.defaultReviewer ?? null };
  // Checked against the Host header when the server listens on loopback only (DNS rebinding).
  const checkHostHeader = isLoopbackHost(host);
  let boundPort = port;
  let closing = false;
  const page = () => renderPage(token);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (checkHostHeader && !isAllowedHostHeader(req.headers.host, boundPort))
      throw new HttpError(403, `unexpected Host header ${JSON.stringify(req.headers.host ?? '')}`, `open the page at http://127.0.0.1:${boundPort}/`, 'bad-host');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/' || path === '/index.html' || STATIC[path] || path === '/favicon.ico') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed on ${path}`, 'use GET', 'method-not-allowed');
      if (path === '/favicon.ico') {
        res.writeHead(204, { 'Cache-Control': 'max-age=86400' }).end();
        return;
      }
      const asset = STATIC[path];
      if (asset) send(res, 200, asset.type, asset.body());
      else send(res, 200, 'text/html; charset=utf-8', page());
      return;
    }
    if (!path.startsWith('/api/')) throw new HttpError(404, `nothing at ${path}`, 'the review page is at /', 'not-found');
    const { route, params } = findRoute(method, path);
    let body: unknown;
    if (route.method === 'POST') {
      if (!sameToken(req.headers[TOKEN_HEADER], token))
        throw new HttpError(403, 'missing or wrong X-Newsanno-Token header', 'reload the review page: each server start makes a new token', 'bad-token');
      const origin = req.headers.origin;
      if (origin !== undefined && originHost(origin) !== req.headers.host)
        throw new HttpError(403, `requests from ${origin} are not allowed`, 'use the review page this server serves', 'bad-origin');
      body = await readJsonBody(req);
    }
    if (closing) throw new HttpError(503, 'the review server is shutting down', 'start it again', 'closing');
    const value = await route.handler(ctx, params, queryObject(url.searchParams), body);
    sendJson(res, 200, value);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      let http = toHttpError(err);
      if (!http || http.status === 500) {
        options.onError?.(err);
        http = new HttpError(500, http?.message ?? 'internal error', http?.hint ?? 'this is a bug in newsanno; the server log has the details', http?.code ?? 'internal');
      }
      const extra: Record<string, string> = http.status === 413 ? { Connection: 'close' } : {};
      if (http.status === 405) extra.Allow = 'GET, HEAD, POST';
      sendError(res, http, extra);
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(listenError(err, host, port));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;
  server.on('error', (err) => options.onError?.(err));

  return {
    url: `http://${urlHost(host)}:${boundPort}/`,
    host,
    port: boundPort,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
