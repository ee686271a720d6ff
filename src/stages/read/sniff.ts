// Guessing what decoded text is when no file extension says: JSON Lines, one JSON document, HTML or
// plain text (stdin, files with unknown extensions, record fields holding a scraped page).

export type TextKind = 'jsonl' | 'json' | 'html' | 'text';

function isJsonObject(line: string): boolean {
  const s = line.trim();
  if (!s.startsWith('{')) return false;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * JSON Lines when the first non-empty line is a JSON object and at least half of the non-empty lines
 * are: a stream with a broken line is still JSONL (the broken line becomes a diagnostic), while prose
 * that happens to start with a brace is not.
 */
export function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || !isJsonObject(lines[0])) return false;
  const good = lines.filter(isJsonObject).length;
  return good * 2 >= lines.length;
}

/** One JSON object or array (a pretty-printed .json document). */
export function looksLikeJsonDocument(text: string): boolean {
  const s = text.trim();
  if (!s.startsWith('{') && !s.startsWith('[')) return false;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object';
  } catch {
    return false;
  }
}

const DOCUMENT_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const BLOCK_TAG = /<\/?(?:p|div|br|article|section|h[1-6]|li|ul|ol|table|tr|td|span|a|img|blockquote)\b[^>]*>/gi;

/** A whole page (doctype, <html>, <head>, <body>) or a fragment with at least three HTML tags. */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  return (text.match(BLOCK_TAG)?.length ?? 0) >= 3;
}

export function sniffTextKind(text: string): TextKind {
  if (looksLikeJsonl(text)) return 'jsonl';
  if (looksLikeJsonDocument(text)) return 'json';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}
