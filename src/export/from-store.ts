// Export records from the database: people's decisions applied (status, edited fields), articles in
// source order, one article in memory at a time.
import { NewsannoError } from '../core/errors.js';
import type { EventStatus } from '../core/types.js';
import type { Store } from '../store/store.js';
import { EVENT_STATUSES, type EventListing } from '../store/types.js';
import { exportArticleRecord, exportEntities, roundConfidence, sortEvents, spanOf, type EntityInput } from './build.js';
import type { ExportArticle, ExportEvent } from './schema.js';

export interface StoreExportOptions {
  /** Only events whose current status is one of these (all when omitted). */
  status?: readonly EventStatus[];
}

const toExportEvent = (e: EventListing): ExportEvent => ({
  id: e.id,
  type: e.type,
  status: e.status,
  person: { id: e.person.id, name: e.person.name },
  org: e.org === null ? null : { id: e.org.id, name: e.org.name },
  role: e.role === null ? null : { text: e.role.text, en: e.role.en },
  date: e.date,
  quote: e.quote === null ? null : spanOf(e.quote),
  evidence: spanOf(e.evidence),
  confidence: roundConfidence(e.confidence),
});

function checkStatuses(status: readonly string[] | undefined): void {
  const bad = (status ?? []).filter((s) => !(EVENT_STATUSES as readonly string[]).includes(s));
  if (bad.length > 0)
    throw new NewsannoError(`unknown status ${bad.join(', ')}`, { code: 'bad-filter', hint: `use one of: ${EVENT_STATUSES.join(', ')}` });
}

export function* exportFromStore(store: Store, options: StoreExportOptions = {}): Generator<ExportArticle> {
  checkStatuses(options.status);
  for (const article of store.iterateArticles({ order: 'source' })) {
    const entities: EntityInput[] = store.articleEntities(article.id);
    const listings = store.listEvents({ articleId: article.id, ...(options.status ? { status: options.status } : {}) });
    // An edit may name a person or organisation the annotation did not list: list it too, unmentioned,
    // so every id an event gives can be found among the article's entities.
    const listed = new Set(entities.map((e) => e.id));
    for (const l of listings)
      for (const ref of [l.person, l.org]) {
        if (ref === null || listed.has(ref.id)) continue;
        const entity = store.getEntity(ref.id);
        if (entity) entities.push({ ...entity, mentions: [] });
        listed.add(ref.id);
      }
    yield exportArticleRecord(article, exportEntities(entities), sortEvents(listings.map(toExportEvent)));
  }
}
