// A hash of everything the store keeps from an annotation, so a reprocess can tell "nothing changed"
// without comparing rows. Order-independent: the pipeline may list things in any order.
import { createHash } from 'node:crypto';
import type { AnnotatedArticle } from '../core/types.js';

const byKey = <T>(items: T[], key: (t: T) => string): T[] =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

export function annotationFingerprint(annotated: AnnotatedArticle): string {
  const { article, entities, events, proposals } = annotated;
  const canonical = {
    article: [article.source, article.lang, article.title, article.url, article.publishedAt],
    entities: byKey(entities, (e) => e.id).map((e) => [
      e.id,
      e.type,
      e.name,
      e.names.en,
      e.names.zh,
      e.resolved,
      e.wikidata,
      byKey(e.mentions, (m) => `${String(m.start).padStart(10, '0')}:${String(m.end).padStart(10, '0')}`).map((m) => [
        m.start,
        m.end,
        m.text,
        m.resolution.method,
        m.resolution.confidence,
        m.resolution.rule,
      ]),
    ]),
    events: byKey(events, (e) => e.id),
    proposals: byKey(proposals, (p) => `${p.entityId}\u0000${p.alias}\u0000${p.evidence.start}`),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}
