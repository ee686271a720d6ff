import { createHash } from 'node:crypto';

/** Hex SHA-256 prefix of the given parts, joined unambiguously. Content hashes make re-runs idempotent. */
export function contentHash(...parts: ReadonlyArray<string | number | null | undefined>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p == null ? '\u0000' : String(p));
    h.update('\u0001');
  }
  return h.digest('hex').slice(0, 16);
}

/** The stable id of an article: a hash of its text (and nothing else, so the same text is stored once). */
export function articleId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
