import { toArray, type DomDocument, type DomElement } from './dom.js';

// Title, publication date, canonical URL and language from a page's markup. Values are returned as
// written (trimmed); the article builder normalises the date.

function metaValues(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of toArray(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

// Meta names for a publication date, in order of trust: Open Graph / schema.org first (before JSON-LD)…
const STANDARD_PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'datepublished',
];
// …then the names news sites, Chinese portals included, use (after JSON-LD).
const SITE_PUBLISHED_META = [
  'og:release_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publishtime',
  'publish_time',
  'pubtime',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'weibo: article:create_at',
  'apub:time',
  'firstpublishedtime',
  'sailthru.date',
  'parsely-pub-date',
  'releasedate',
  'createdate',
  'date',
];

/** datePublished / dateCreated anywhere in the page's JSON-LD blocks (objects, arrays, @graph). */
function jsonLdDate(doc: DomDocument): string | null {
  const found: Record<'datePublished' | 'dateCreated', string | null> = { datePublished: null, dateCreated: null };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Record<string, unknown>;
    for (const key of ['datePublished', 'dateCreated'] as const) {
      if (!found[key] && typeof obj[key] === 'string' && obj[key].trim()) found[key] = obj[key].trim();
    }
    for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  for (const script of toArray(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  return found.datePublished ?? found.dateCreated;
}

function timeElementDate(doc: DomDocument): string | null {
  const outsideChrome = (el: DomElement): boolean => !el.closest('nav, header > nav, footer, aside');
  const marked = toArray(doc.querySelectorAll('[itemprop="datePublished"], time[pubdate]')).find(outsideChrome);
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? marked?.textContent;
  if (markedValue?.trim()) return markedValue.trim();
  const time = toArray(doc.querySelectorAll('time[datetime]')).find(outsideChrome);
  return time?.getAttribute('datetime')?.trim() || null;
}

/** The publication date as the page writes it: meta tags, then JSON-LD, then <time>; null when none. */
export function findPublished(doc: DomDocument): string | null {
  const meta = metaValues(doc);
  const first = (keys: string[]): string | null => keys.map((k) => meta.get(k)).find((v) => v) ?? null;
  return first(STANDARD_PUBLISHED_META) ?? jsonLdDate(doc) ?? first(SITE_PUBLISHED_META) ?? timeElementDate(doc);
}

export function findMetaTitle(doc: DomDocument): string | null {
  const meta = metaValues(doc);
  return meta.get('og:title') ?? meta.get('twitter:title') ?? null;
}

/** link rel=canonical, else og:url. */
export function findCanonicalUrl(doc: DomDocument): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical) return canonical;
  return metaValues(doc).get('og:url') ?? null;
}

/** <html lang>, else og:locale / content-language. */
export function findLang(doc: DomDocument): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang;
  const meta = metaValues(doc);
  const httpEquiv = toArray(doc.querySelectorAll('meta[http-equiv]')).find(
    (m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language',
  );
  return meta.get('og:locale') ?? httpEquiv?.getAttribute('content')?.trim() ?? null;
}
