// HTTP plumbing for the review server: JSON responses, errors as { error, hint }, security headers,
// and request bodies read with a size limit.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error with an HTTP status, answered as JSON `{ error, hint, code }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly hint?: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The page may load scripts, styles and data from this server only: no CDN, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export function send(res: ServerResponse, status: number, contentType: string, body: string, extra: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(buf.length), ...extra });
  res.end(res.req?.method === 'HEAD' ? undefined : buf);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), extra);
}

export function sendError(res: ServerResponse, err: HttpError, extra: Record<string, string> = {}): void {
  sendJson(res, err.status, { error: err.message, hint: err.hint ?? null, ...(err.code ? { code: err.code } : {}) }, extra);
}

/** Largest request body accepted, in bytes. Reviews are small; this is far above any real one. */
export const MAX_BODY_BYTES = 64 * 1024;

const isJsonType = (contentType: string | undefined): boolean => {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return mime === 'application/json';
};

/**
 * Reads a JSON request body: 415 unless the content type is application/json, 413 past `limit`
 * bytes, 400 when it is empty or not JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonType(req.headers['content-type']))
    throw new HttpError(415, `the request body must be JSON, not ${JSON.stringify(req.headers['content-type'] ?? 'nothing')}`, 'send it with Content-Type: application/json', 'bad-content-type');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HttpError(413, `the request body is larger than ${limit} bytes`, 'send one review at a time', 'body-too-large');
  }
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const got: Buffer[] = [];
    let size = 0;
    const tooLarge = () => new HttpError(413, `the request body is larger than ${limit} bytes`, 'send one review at a time', 'body-too-large');
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        // Stop reading; the caller answers 413 and closes the connection.
        req.pause();
        reject(tooLarge());
      } else got.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(got);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(new HttpError(400, `the request body could not be read: ${e.message}`, 'send the request again', 'bad-body'));
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'the request body is empty', 'send a JSON object', 'bad-body');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `the request body is not valid JSON: ${(e as Error).message}`, 'send a JSON object', 'bad-body');
  }
}
