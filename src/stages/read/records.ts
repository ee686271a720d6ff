import { z } from 'zod';
import { NewsannoError, toDiagnostic, type Diagnostic } from '../../core/errors.js';
import type { RawArticle } from '../../core/types.js';
import { extractHtml } from './html.js';
import { looksLikeHtml } from './sniff.js';

// .json (one record or an array of records) and .jsonl (one record a line). A record is
// { text | content | body, title?, url?, published?, lang?, id? }; other fields are ignored.

export interface ReadResult {
  articles: RawArticle[];
  diagnostics: Diagnostic[];
}

const text = z.string().nullish();
const RecordSchema = z.object({
  text,
  content: text,
  body: text,
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.union([z.string(), z.number()]).nullish(),
  lang: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
});

const RECORD_HINT = 'a record is {"text": "…", "title"?, "url"?, "published"?, "lang"?, "id"?}';

/** Where a record sits: for diagnostics (file + line) and for the article's source. */
export interface RecordPlace {
  /** The file as given (or '-'). */
  file: string;
  /** The article source: `file.jsonl#3`, `file.json#2`, or the file for a lone record. */
  source: string;
  /** 1-based line in a .jsonl file. */
  line?: number;
}

function fail(place: RecordPlace, message: string, hint: string): NewsannoError {
  return new NewsannoError(message, { code: 'record', file: place.line ? place.file : place.source, line: place.line, hint });
}

/** V8's JSON errors quote the input back; the line is already named, so the quote is dropped. */
function jsonErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
}

/** One parsed JSON value as a RawArticle; throws NewsannoError 'record' when it is not a usable record. */
export function recordToRaw(value: unknown, place: RecordPlace): RawArticle {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fail(place, `expected a JSON object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`, RECORD_HINT);
  }
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(place, `field ${issue.path.join('.') || '(record)'}: ${issue.message}`, RECORD_HINT);
  }
  const r = parsed.data;
  const body = [r.text, r.content, r.body].find((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (!body) {
    throw fail(place, 'the record has no text (text, content and body are missing or empty)', 'put the article text in "text"');
  }
  const raw: RawArticle = {
    source: place.source,
    text: body,
    title: r.title ?? null,
    url: r.url ?? null,
    published: r.published === null || r.published === undefined ? null : String(r.published),
    lang: r.lang ?? null,
    externalId: r.id === null || r.id === undefined ? null : String(r.id),
  };
  // Scrapers often store the page itself; read its article text, keeping what the record says.
  if (looksLikeHtml(body)) {
    let page;
    try {
      page = extractHtml(body, place.source);
    } catch (err) {
      if (err instanceof NewsannoError) throw fail(place, err.message, err.hint ?? RECORD_HINT);
      throw err;
    }
    raw.text = page.text;
    raw.title ??= page.title;
    raw.url ??= page.url;
    raw.published ??= page.published;
  }
  return raw;
}

/** A .jsonl file's text: every non-blank line a record; a bad line is a diagnostic, the others load. */
export function readJsonlRecords(content: string, file: string): ReadResult {
  const result: ReadResult = { articles: [], diagnostics: [] };
  content.split('\n').forEach((lineText, i) => {
    if (lineText.trim() === '') return;
    const place: RecordPlace = { file, source: `${file}#${i + 1}`, line: i + 1 };
    try {
      let value: unknown;
      try {
        value = JSON.parse(lineText);
      } catch (err) {
        throw fail(place, `not valid JSON: ${jsonErrorMessage(err)}`, 'fix or remove this line; the other lines were read');
      }
      result.articles.push(recordToRaw(value, place));
    } catch (err) {
      result.diagnostics.push(toDiagnostic(file, err));
    }
  });
  return result;
}

function lineAt(content: string, err: unknown): number | undefined {
  const pos = err instanceof Error ? err.message.match(/at position (\d+)/) : null;
  return pos ? content.slice(0, Number(pos[1])).split('\n').length : undefined;
}

/** A .json file's text: one record, or an array of records (each a source `file.json#n`). */
export function readJsonRecords(content: string, file: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    const e = new NewsannoError(`not valid JSON: ${jsonErrorMessage(err)}`, {
      code: 'record',
      file,
      line: lineAt(content, err),
      hint: 'fix the JSON; for one record a line use a .jsonl file, where a bad line does not stop the others',
    });
    return { articles: [], diagnostics: [toDiagnostic(file, e)] };
  }
  const result: ReadResult = { articles: [], diagnostics: [] };
  const records = Array.isArray(value) ? value : [value];
  records.forEach((record, i) => {
    const source = Array.isArray(value) ? `${file}#${i + 1}` : file;
    try {
      result.articles.push(recordToRaw(record, { file, source }));
    } catch (err) {
      result.diagnostics.push(toDiagnostic(source, err));
    }
  });
  if (Array.isArray(value) && value.length === 0) {
    result.diagnostics.push(
      toDiagnostic(file, new NewsannoError('the JSON array holds no records', { code: 'empty', file, hint: 'remove the file or add records' })),
    );
  }
  return result;
}
