// Export records from annotations: the same shaping and ordering whether the data comes straight from
// the pipeline (toExportArticle) or from the store (exportFromStore), so both give identical output.
import { NewsannoError } from '../core/errors.js';
import type { AnnotatedArticle, Article, EntityNames, EntityType, TextSpan } from '../core/types.js';
import type { ExportArticle, ExportEntity, ExportEvent, ExportMention } from './schema.js';

/** What the export needs of an entity, from either source. */
export interface EntityInput {
  id: string;
  type: EntityType;
  name: string;
  names: EntityNames;
  resolved: boolean;
  mentions: readonly TextSpan[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bySpan = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || a.end - b.end;

export const spanOf = (s: TextSpan): ExportMention => ({ text: s.text, start: s.start, end: s.end });
export const roundConfidence = (c: number): number => Math.round(c * 1000) / 1000;

/** Mentions in text order, one per span (a repeated span adds nothing for a reader). */
function exportMentions(mentions: readonly TextSpan[]): ExportMention[] {
  const seen = new Set<string>();
  const out: ExportMention[] = [];
  for (const m of [...mentions].sort(bySpan)) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(spanOf(m));
  }
  return out;
}

/** Entities in order of first mention; those never mentioned (an event's organisation, say) last, by id. */
export function exportEntities(entities: readonly EntityInput[]): ExportEntity[] {
  return entities
    .map(
      (e): ExportEntity => ({
        id: e.id,
        type: e.type,
        name: e.name,
        names: { en: e.names.en, zh: e.names.zh },
        resolved: e.resolved,
        mentions: exportMentions(e.mentions),
      }),
    )
    .sort((a, b) => {
      const [x, y] = [a.mentions[0], b.mentions[0]];
      if (x && y) return bySpan(x, y) || compare(a.id, b.id);
      if (x || y) return x ? -1 : 1;
      return compare(a.id, b.id);
    });
}

/** Events in the order of their evidence in the text. */
export const sortEvents = (events: ExportEvent[]): ExportEvent[] =>
  events.sort((a, b) => bySpan(a.evidence, b.evidence) || compare(a.id, b.id));

export function exportArticleRecord(article: Article, entities: ExportEntity[], events: ExportEvent[]): ExportArticle {
  return {
    id: article.id,
    source: article.source,
    lang: article.lang,
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt,
    text: article.text,
    entities,
    events,
  };
}

/** The export record of one freshly annotated article: no database, every event pending. */
export function toExportArticle(annotated: AnnotatedArticle): ExportArticle {
  const { article } = annotated;
  const byId = new Map(annotated.entities.map((e) => [e.id, e]));
  const ref = (id: string, eventId: string) => {
    const entity = byId.get(id);
    if (!entity)
      throw new NewsannoError(`event ${eventId} refers to entity ${id}, which the annotation does not list`, {
        code: 'bad-annotation',
        file: article.source,
        hint: 'this is a bug in the annotation pipeline; please report it with the input file',
      });
    return { id: entity.id, name: entity.name };
  };
  const events = annotated.events.map(
    (ev): ExportEvent => ({
      id: ev.id,
      type: ev.type,
      status: 'pending',
      person: ref(ev.personId, ev.id),
      org: ev.orgId === null ? null : ref(ev.orgId, ev.id),
      role: ev.role === null ? null : { text: ev.role.text, en: ev.role.en },
      date: ev.date?.value ?? null,
      quote: ev.quote === null ? null : spanOf(ev.quote),
      evidence: spanOf(ev.evidence),
      confidence: roundConfidence(ev.confidence),
    }),
  );
  return exportArticleRecord(article, exportEntities(annotated.entities), sortEvents(events));
}
