// Reading stored articles and entities back.
import type { Article, Entity, EntityType, Lang, Mention, ResolutionMethod } from '../core/types.js';
import type { Statements } from './statements.js';
import type { StoredEntity } from './types.js';

interface ArticleRow {
  id: string;
  source: string;
  lang: Lang;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

const ARTICLE_COLUMNS = `id, source, lang, title, url, published, text`;

const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  source: r.source,
  lang: r.lang,
  title: r.title,
  url: r.url,
  publishedAt: r.published,
  text: r.text,
});

export function getArticle(sql: Statements, id: string): Article | null {
  const row = sql.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
  return row ? toArticle(row) : null;
}

export const articleIds = (sql: Statements): string[] => sql.get(`SELECT id FROM articles ORDER BY id`).pluck().all() as string[];

export const countArticles = (sql: Statements): number => sql.get(`SELECT count(*) FROM articles`).pluck().get() as number;

export interface IterateOptions {
  /** 'id' (the default) or 'source' (source, then id: the export's order). */
  order?: 'id' | 'source';
  /** Articles read per query; the memory held at once. */
  pageSize?: number;
}

/**
 * Streams stored articles a page at a time. Pages, not one open cursor: better-sqlite3 refuses
 * writes on a connection while a cursor is open, and reprocessing saves each article as it goes.
 * Keyset paging (not OFFSET) keeps every page an index seek.
 */
export function* iterateArticles(sql: Statements, options: IterateOptions = {}): Generator<Article> {
  const pageSize = options.pageSize ?? 200;
  const bySource = options.order === 'source';
  const first = bySource
    ? `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY source, id LIMIT @n`
    : `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY id LIMIT @n`;
  const next = bySource
    ? `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE (source, id) > (@source, @id) ORDER BY source, id LIMIT @n`
    : `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > @id ORDER BY id LIMIT @n`;
  let last: ArticleRow | undefined;
  for (;;) {
    const page: ArticleRow[] = last
      ? sql.all<ArticleRow>(next, { source: last.source, id: last.id, n: pageSize })
      : sql.all<ArticleRow>(first, { n: pageSize });
    for (const row of page) yield toArticle(row);
    if (page.length < pageSize) return;
    last = page[page.length - 1];
  }
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  name_en: string | null;
  name_zh: string | null;
  resolved: number;
  wikidata: string | null;
}

const toEntity = (r: EntityRow): StoredEntity => ({
  id: r.id,
  type: r.type,
  name: r.name,
  names: { en: r.name_en, zh: r.name_zh },
  resolved: r.resolved === 1,
  wikidata: r.wikidata,
});

export function getEntity(sql: Statements, id: string): StoredEntity | null {
  const row = sql.one<EntityRow>(`SELECT * FROM entities WHERE id = ?`, [id]);
  return row ? toEntity(row) : null;
}

/** Entities whose id is `query` or whose name or an alias contains it (for picking one in an edit). */
export function findEntities(sql: Statements, query: string, options: { type?: EntityType; limit?: number } = {}): StoredEntity[] {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql
    .all<EntityRow>(
      `SELECT * FROM entities e
       WHERE (@type IS NULL OR e.type = @type)
         AND (e.id = @query OR e.name LIKE @like ESCAPE '\\' OR e.name_en LIKE @like ESCAPE '\\' OR e.name_zh LIKE @like ESCAPE '\\'
              OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.alias LIKE @like ESCAPE '\\'))
       ORDER BY (e.id = @query) DESC, e.resolved DESC, e.name
       LIMIT @limit`,
      { type: options.type ?? null, query, like, limit: options.limit ?? 20 },
    )
    .map(toEntity);
}

interface MentionRow {
  entity_id: string;
  start: number;
  end: number;
  text: string;
  method: ResolutionMethod;
  confidence: number;
  rule: string;
}

/** The entities the article's annotation listed, each with its mentions in that article. */
export function articleEntities(sql: Statements, articleId: string): Entity[] {
  const entities = new Map<string, Entity>();
  for (const row of sql.all<EntityRow>(
    `SELECT e.* FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY e.id`,
    [articleId],
  ))
    entities.set(row.id, { ...toEntity(row), mentions: [] });
  for (const m of sql.all<MentionRow>(
    `SELECT entity_id, start, "end", text, method, confidence, rule FROM mentions WHERE article_id = ? ORDER BY start, "end", entity_id`,
    [articleId],
  )) {
    const entity = entities.get(m.entity_id);
    if (!entity) continue; // cannot happen: mentions are written from the listed entities
    const mention: Mention = {
      entityId: m.entity_id,
      type: entity.type,
      text: m.text,
      start: m.start,
      end: m.end,
      resolution: { method: m.method, confidence: m.confidence, rule: m.rule },
    };
    entity.mentions.push(mention);
  }
  return [...entities.values()];
}
