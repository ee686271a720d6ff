import { NewsannoError } from '../../core/errors.js';
import { articleId } from '../../core/ids.js';
import type { Article, Lang, RawArticle } from '../../core/types.js';
import { detectLanguageDetail, langFromTag } from './lang.js';
import { normalisePublished } from './published.js';

export interface BuiltArticle {
  article: Article;
  /** Non-fatal problems: a published value that could not be read, and the like. */
  warnings: string[];
}

const FORCE_HINT = 'set "lang": "zh" or "en" in a .json/.jsonl record to force it';

/** Trimmed, inner whitespace runs folded to one space; null when nothing is left. */
function cleanLine(value: string | null | undefined): string | null {
  const s = (value ?? '').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

function chooseLang(raw: RawArticle, text: string): Lang {
  const given = langFromTag(raw.lang);
  if (given === 'zh' || given === 'en') return given;
  if (given === 'other') {
    throw new NewsannoError(`language ${String(raw.lang).trim()} is not supported (newsanno reads Chinese and English)`, {
      code: 'language',
      file: raw.source,
      hint: `leave this article out, or ${FORCE_HINT} if the record's lang is wrong`,
    });
  }
  const detail = detectLanguageDetail(text);
  if (detail.lang) return detail.lang;
  const message =
    detail.detected === 'und'
      ? `cannot tell the language: ${detail.reason}`
      : `language ${detail.detected} is not supported: ${detail.reason}`;
  throw new NewsannoError(message, {
    code: 'language',
    file: raw.source,
    hint: FORCE_HINT,
  });
}

/**
 * A RawArticle as an Article: the text trimmed (so the same article read from a .txt or a record gets
 * the same id), id = hash of the text, lang from the record or detected, publishedAt normalised.
 * Throws NewsannoError 'empty' for a text with nothing in it and 'language' for a language other than
 * Chinese or English (unless the record forces zh/en). An unreadable published value is dropped with a
 * warning instead of failing the article.
 */
export function toArticle(raw: RawArticle): BuiltArticle {
  const text = raw.text.trim();
  if (text === '') {
    throw new NewsannoError('the article has no text', { code: 'empty', file: raw.source, hint: 'remove it or fill it in' });
  }
  const warnings: string[] = [];
  const publishedRaw = cleanLine(raw.published);
  const publishedAt = publishedRaw ? normalisePublished(publishedRaw) : null;
  if (publishedRaw && !publishedAt) {
    warnings.push(
      `${raw.source}: published value ${JSON.stringify(publishedRaw)} is not a date newsanno can read; ` +
        'relative dates in this article stay unresolved (write it as YYYY-MM-DD)',
    );
  }
  const article: Article = {
    id: articleId(text),
    source: raw.source,
    lang: chooseLang(raw, text),
    title: cleanLine(raw.title),
    url: cleanLine(raw.url),
    publishedAt,
    text,
  };
  return { article, warnings };
}
