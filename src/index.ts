// The library API: embed the pipeline without SQLite.
//
//   import { annotate } from 'newsanno';
//   const result = annotate({ text, published: '2024-09-26' });
//
import type { AnnotatedArticle, Article } from './core/types.js';
import { annotate as annotateWith, createContext, type ContextOptions, type PipelineContext } from './pipeline.js';
import { toArticle } from './stages/read/article.js';

export type * from './core/types.js';
export type { ContextOptions, PipelineContext } from './pipeline.js';
export type { ExportArticle, ExportDocument, ExportEntity, ExportEvent } from './export/schema.js';
export { createContext, checkSpans } from './pipeline.js';
export { toArticle } from './stages/read/article.js';
export { toExportArticle } from './export/build.js';
export { exportDocument, exportArticle, SCHEMA_VERSION } from './export/schema.js';
export { NewsannoError } from './core/errors.js';

/** An article as a program has it: the text and what it knows about it. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  /** Anchors relative dates (今年8月, "last Wednesday"). */
  published?: string | null;
  lang?: 'zh' | 'en' | null;
  source?: string;
}

const contexts = new Map<string, PipelineContext>();

function isContext(x: unknown): x is PipelineContext {
  return !!x && typeof x === 'object' && 'definition' in x && 'dictionary' in x;
}

/**
 * Annotates one article: people and organisations resolved to canonical entities, and departures,
 * promotions, appointments and quotes with evidence offsets into `text`. The second argument is a
 * context from createContext() or the options to make one (cached per pipeline). Never throws on odd
 * input; throws NewsannoError for setup problems (a bad pipeline or dictionary).
 */
export function annotate(input: Article | ArticleInput, options: PipelineContext | ContextOptions = {}): AnnotatedArticle {
  let ctx: PipelineContext;
  if (isContext(options)) ctx = options;
  else {
    const key = JSON.stringify(options);
    ctx = contexts.get(key) ?? createContext(options);
    contexts.set(key, ctx);
  }
  return annotateWith(isArticle(input) ? input : toArticle({ source: input.source ?? 'input', text: input.text, title: input.title, url: input.url, published: input.published, lang: input.lang }).article, ctx);
}

function isArticle(x: Article | ArticleInput): x is Article {
  return typeof (x as Article).id === 'string' && 'publishedAt' in x && ((x as Article).lang === 'zh' || (x as Article).lang === 'en');
}
