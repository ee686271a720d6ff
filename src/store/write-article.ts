// Writing one annotated article: entities, mentions, machine events and proposals, in one transaction.
// People's decisions win over re-runs: a reviewed event is never deleted (habit 9).
import { NewsannoError } from '../core/errors.js';
import type { AnnotatedArticle, Entity, ExtractedEvent, Lang } from '../core/types.js';
import { checkAnnotation } from './check-annotation.js';
import { annotationFingerprint } from './fingerprint.js';
import { saveProposals } from './proposals.js';
import type { Statements } from './statements.js';
import type { SaveMode, SaveResult } from './types.js';

const now = (): string => new Date().toISOString();

/** Names containing Han characters are Chinese aliases; everything else is filed under English. */
export const aliasLang = (alias: string): Lang => (/[\u3400-\u9fff\uf900-\ufaff]/.test(alias) ? 'zh' : 'en');

// A resolved entity's names come from the dictionary; an unresolved one's best guess never replaces them.
const UPSERT_ENTITY = `
INSERT INTO entities (id, type, name, name_en, name_zh, resolved, wikidata)
VALUES (@id, @type, @name, @nameEn, @nameZh, @resolved, @wikidata)
ON CONFLICT (id) DO UPDATE SET
  type     = CASE WHEN excluded.resolved >= entities.resolved THEN excluded.type ELSE entities.type END,
  name     = CASE WHEN excluded.resolved >= entities.resolved THEN excluded.name ELSE entities.name END,
  name_en  = CASE WHEN excluded.resolved >= entities.resolved THEN coalesce(excluded.name_en, entities.name_en)
                  ELSE coalesce(entities.name_en, excluded.name_en) END,
  name_zh  = CASE WHEN excluded.resolved >= entities.resolved THEN coalesce(excluded.name_zh, entities.name_zh)
                  ELSE coalesce(entities.name_zh, excluded.name_zh) END,
  resolved = max(entities.resolved, excluded.resolved),
  wikidata = coalesce(excluded.wikidata, entities.wikidata)`;

// An alias keeps its strongest origin: dictionary > proposal > article.
export const UPSERT_ALIAS = `
INSERT INTO aliases (entity_id, alias, lang, origin) VALUES (?, ?, ?, ?)
ON CONFLICT (entity_id, alias) DO UPDATE SET origin = excluded.origin
WHERE (CASE excluded.origin WHEN 'dictionary' THEN 3 WHEN 'proposal' THEN 2 ELSE 1 END)
    > (CASE aliases.origin WHEN 'dictionary' THEN 3 WHEN 'proposal' THEN 2 ELSE 1 END)`;

const INSERT_ARTICLE = `
INSERT INTO articles (id, source, lang, title, url, published, text, first_run, last_run, annotated_at,
                      pipeline, dictionary_version, rules_version, annotation_hash)
VALUES (@id, @source, @lang, @title, @url, @published, @text, @run, @run, @at,
        @pipeline, @dictionaryVersion, @rulesVersion, @hash)`;

const UPDATE_ARTICLE = `
UPDATE articles SET source = @source, lang = @lang, title = @title, url = @url, published = @published,
  last_run = @run, annotated_at = @at, pipeline = @pipeline, dictionary_version = @dictionaryVersion,
  rules_version = @rulesVersion, annotation_hash = @hash
WHERE id = @id`;

const INSERT_MENTION = `
INSERT OR IGNORE INTO mentions (article_id, entity_id, start, "end", text, method, confidence, rule)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

// Re-produced events get the new machine values; their reviews (in another table) are untouched.
// The WHERE refuses to move an event id to another article: that would be an id collision.
const UPSERT_EVENT = `
INSERT INTO events (id, article_id, type, person_id, org_id, role_text, role_en, date, date_text, date_start, date_end,
                    quote_text, quote_start, quote_end, evidence_text, evidence_start, evidence_end, more_evidence,
                    confidence, rule, dictionary_version, rules_version, run_id, created_at, dropped_run)
VALUES (@id, @articleId, @type, @personId, @orgId, @roleText, @roleEn, @date, @dateText, @dateStart, @dateEnd,
        @quoteText, @quoteStart, @quoteEnd, @evidenceText, @evidenceStart, @evidenceEnd, @moreEvidence,
        @confidence, @rule, @dictionaryVersion, @rulesVersion, @runId, @at, NULL)
ON CONFLICT (id) DO UPDATE SET
  type = excluded.type, person_id = excluded.person_id, org_id = excluded.org_id,
  role_text = excluded.role_text, role_en = excluded.role_en,
  date = excluded.date, date_text = excluded.date_text, date_start = excluded.date_start, date_end = excluded.date_end,
  quote_text = excluded.quote_text, quote_start = excluded.quote_start, quote_end = excluded.quote_end,
  evidence_text = excluded.evidence_text, evidence_start = excluded.evidence_start, evidence_end = excluded.evidence_end,
  more_evidence = excluded.more_evidence, confidence = excluded.confidence, rule = excluded.rule,
  dictionary_version = excluded.dictionary_version, rules_version = excluded.rules_version,
  run_id = excluded.run_id, dropped_run = NULL
WHERE events.article_id = excluded.article_id`;

function writeEntities(sql: Statements, articleId: string, entities: Entity[]): void {
  sql.run(`DELETE FROM article_entities WHERE article_id = ?`, [articleId]);
  for (const e of entities) {
    sql.run(UPSERT_ENTITY, {
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.names.en,
      nameZh: e.names.zh,
      resolved: e.resolved ? 1 : 0,
      wikidata: e.wikidata,
    });
    sql.run(`INSERT INTO article_entities (article_id, entity_id) VALUES (?, ?)`, [articleId, e.id]);
    const origin = e.resolved ? 'dictionary' : 'article';
    const names = new Set([e.name, e.names.en, e.names.zh].filter((n): n is string => !!n));
    for (const name of names) sql.run(UPSERT_ALIAS, [e.id, name, aliasLang(name), origin]);
    // Each distinct surface once; pronouns are not names.
    const surfaces = new Set(e.mentions.filter((m) => m.resolution.method !== 'pronoun').map((m) => m.text));
    for (const surface of surfaces)
      if (!names.has(surface)) sql.run(UPSERT_ALIAS, [e.id, surface, aliasLang(surface), 'article']);
  }
}

function writeMentions(sql: Statements, articleId: string, entities: Entity[]): void {
  sql.run(`DELETE FROM mentions WHERE article_id = ?`, [articleId]);
  for (const e of entities)
    for (const m of e.mentions)
      sql.run(INSERT_MENTION, [articleId, e.id, m.start, m.end, m.text, m.resolution.method, m.resolution.confidence, m.resolution.rule]);
}

function eventParams(ev: ExtractedEvent, annotated: AnnotatedArticle, runId: number, at: string): Record<string, unknown> {
  return {
    id: ev.id,
    articleId: annotated.article.id,
    type: ev.type,
    personId: ev.personId,
    orgId: ev.orgId,
    roleText: ev.role?.text ?? null,
    roleEn: ev.role?.en ?? null,
    date: ev.date?.value ?? null,
    dateText: ev.date?.span.text ?? null,
    dateStart: ev.date?.span.start ?? null,
    dateEnd: ev.date?.span.end ?? null,
    quoteText: ev.quote?.text ?? null,
    quoteStart: ev.quote?.start ?? null,
    quoteEnd: ev.quote?.end ?? null,
    evidenceText: ev.evidence.text,
    evidenceStart: ev.evidence.start,
    evidenceEnd: ev.evidence.end,
    moreEvidence: JSON.stringify(ev.moreEvidence.map(({ text, start, end }) => ({ text, start, end }))),
    confidence: ev.confidence,
    rule: ev.rule,
    dictionaryVersion: annotated.provenance.dictionaryVersion,
    rulesVersion: annotated.provenance.rulesVersion,
    runId,
    at,
  };
}

/**
 * Replaces the article's machine events: unreviewed events the annotation no longer produces go,
 * reviewed ones stay (marked dropped), re-produced ones keep their id and therefore their reviews.
 */
function writeEvents(sql: Statements, annotated: AnnotatedArticle, runId: number, at: string): void {
  const articleId = annotated.article.id;
  const produced = new Set(annotated.events.map((e) => e.id));
  const existing = sql.all<{ id: string; reviewed: number }>(
    `SELECT id, EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = e.id) AS reviewed FROM events e WHERE article_id = ?`,
    [articleId],
  );
  for (const old of existing) {
    if (produced.has(old.id)) continue;
    if (old.reviewed) sql.run(`UPDATE events SET dropped_run = coalesce(dropped_run, ?) WHERE id = ?`, [runId, old.id]);
    else sql.run(`DELETE FROM events WHERE id = ?`, [old.id]);
  }
  for (const ev of annotated.events) {
    if (sql.run(UPSERT_EVENT, eventParams(ev, annotated, runId, at)).changes === 0)
      throw new NewsannoError(`event id ${ev.id} is already used by another article`, {
        code: 'event-id-collision',
        file: annotated.article.source,
        hint: 'event ids must include the article id; this is a bug in the annotation pipeline',
      });
  }
}

function requireRun(sql: Statements, runId: number, source: string): void {
  if (!sql.one(`SELECT 1 FROM runs WHERE id = ?`, [runId]))
    throw new NewsannoError(`run ${runId} does not exist`, {
      code: 'unknown-run',
      file: source,
      hint: 'call startRun() and pass the id it returns; this is a bug in the caller',
    });
}

/**
 * Stores one annotated article in one transaction.
 * ingest: an article already stored (same text) is left as it is: 'unchanged', only last_run moves.
 * reprocess: the annotation replaces the machine output: 'updated' when it differs, else 'unchanged'.
 */
export function writeArticle(sql: Statements, annotated: AnnotatedArticle, runId: number, mode: SaveMode): SaveResult {
  checkAnnotation(annotated);
  const { article, provenance } = annotated;
  const hash = annotationFingerprint(annotated);
  return sql.transaction(() => {
    requireRun(sql, runId, article.source);
    const stored = sql.one<{ hash: string }>(`SELECT annotation_hash AS hash FROM articles WHERE id = ?`, [article.id]);
    if (stored && (mode === 'ingest' || stored.hash === hash)) {
      sql.run(`UPDATE articles SET last_run = ? WHERE id = ?`, [runId, article.id]);
      return 'unchanged';
    }
    const at = now();
    const row = {
      id: article.id,
      source: article.source,
      lang: article.lang,
      title: article.title,
      url: article.url,
      published: article.publishedAt,
      text: article.text,
      run: runId,
      at,
      pipeline: provenance.pipeline,
      dictionaryVersion: provenance.dictionaryVersion,
      rulesVersion: provenance.rulesVersion,
      hash,
    };
    sql.run(stored ? UPDATE_ARTICLE : INSERT_ARTICLE, row);
    writeEntities(sql, article.id, annotated.entities);
    writeMentions(sql, article.id, annotated.entities);
    writeEvents(sql, annotated, runId, at);
    // Entities proposed from the dictionary without a mention here still need their row.
    for (const p of annotated.proposals) {
      if (!p.entity || annotated.entities.some((e) => e.id === p.entityId)) continue;
      sql.run(UPSERT_ENTITY, { id: p.entityId, type: p.entity.type, name: p.entity.name, nameEn: p.entity.names.en, nameZh: p.entity.names.zh, resolved: p.entity.resolved ? 1 : 0, wikidata: p.entity.wikidata });
    }
    saveProposals(sql, article.id, annotated.proposals);
    return stored ? 'updated' : 'stored';
  });
}
