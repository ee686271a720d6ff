// The store's gate: an annotation must be self-consistent before any of it is written, so a pipeline
// bug becomes one diagnostic naming the article instead of a constraint failure halfway through.
import { NewsannoError } from '../core/errors.js';
import { assertSpan, SpanError } from '../core/spans.js';
import type { AnnotatedArticle, TextSpan } from '../core/types.js';

function fail(annotated: AnnotatedArticle, problem: string): never {
  throw new NewsannoError(`annotation of article ${annotated.article.id} is inconsistent: ${problem}`, {
    code: 'bad-annotation',
    file: annotated.article.source,
    hint: 'this is a bug in the annotation pipeline; please report it with the input file',
  });
}

const confidenceOk = (c: number): boolean => Number.isFinite(c) && c >= 0 && c <= 1;

export function checkAnnotation(annotated: AnnotatedArticle): void {
  const { article, entities, events, proposals } = annotated;
  const span = (s: TextSpan, what: string): void => {
    try {
      assertSpan(article.text, s, what);
    } catch (err) {
      if (err instanceof SpanError) fail(annotated, err.message);
      throw err;
    }
  };

  const types = new Map<string, string>();
  for (const e of entities) {
    if (types.has(e.id)) fail(annotated, `entity ${e.id} is listed twice`);
    types.set(e.id, e.type);
    for (const m of e.mentions) {
      if (m.entityId !== e.id) fail(annotated, `a mention of entity ${e.id} says it belongs to ${m.entityId}`);
      if (!confidenceOk(m.resolution.confidence)) fail(annotated, `mention confidence ${m.resolution.confidence} is not in [0, 1]`);
      span(m, `mention of ${e.id}`);
    }
  }

  const eventIds = new Set<string>();
  for (const ev of events) {
    if (eventIds.has(ev.id)) fail(annotated, `event ${ev.id} is listed twice`);
    eventIds.add(ev.id);
    if (types.get(ev.personId) !== 'person') fail(annotated, `event ${ev.id} names person ${ev.personId}, which is not a listed person`);
    if (ev.orgId !== null && types.get(ev.orgId) !== 'org')
      fail(annotated, `event ${ev.id} names organisation ${ev.orgId}, which is not a listed organisation`);
    if (!confidenceOk(ev.confidence)) fail(annotated, `event ${ev.id} confidence ${ev.confidence} is not in [0, 1]`);
    span(ev.evidence, `evidence of event ${ev.id}`);
    ev.moreEvidence.forEach((s) => span(s, `further evidence of event ${ev.id}`));
    if (ev.quote) span(ev.quote, `quote of event ${ev.id}`);
    if (ev.date) span(ev.date.span, `date of event ${ev.id}`);
  }

  for (const p of proposals) {
    if (!types.has(p.entityId) && !p.entity) fail(annotated, `alias proposal ${JSON.stringify(p.alias)} is for unlisted entity ${p.entityId}`);
    span(p.evidence, `evidence of alias proposal ${JSON.stringify(p.alias)}`);
  }
}
