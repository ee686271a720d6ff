// annotate() re-composed from its stage functions, with a clock around each stage.
//
// Chinese: a mirror of src/pipeline.ts (annotate's zh branch, eventInputZh, finalizeEvents) call for
// call, so the per-stage times add up to annotate's time. checkReplica() proves on the warm-up
// articles that the mirror gives the same entities and events as annotate before any share is reported.
//
// The stage modules are loaded at run time by path and called through loose types on purpose: src/ is
// worked on by several people at once, and a changed stage signature must not break `npm run build`
// (and with it everyone's tests) because of a benchmark. When the mirror drifts, the bench says so and
// reports the ratios without the stage shares; then update this file to match src/pipeline.ts.
//
// English: annotateEnglish is one exported function whose internals change often, so it is not
// mirrored; the bench times its stable parts (normalise, the compromise adapter's readEnglish) on their
// own and reports the rest of annotate as one figure.
import type { AnnotatedArticle, Article } from '../../src/core/types.js';
import type { PipelineContext } from '../../src/pipeline.js';
import { measure, zeroCost, type Cost } from './stats.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (...args: any[]) => any;
type Loose = Record<string, any>;

/**
 * Stage names, in pipeline order. The six stages of the brief (normalise, tokenize, mentions, resolve,
 * events, quotes) are the groups before the dot; the part after the dot says what exactly was timed.
 */
export const ZH_STAGES = [
  'normalise',
  'tokenize.sentences', // splitSentences
  'tokenize.dict-check', // jiebaUserDictFile + loadJieba: rebuilt and compared on every annotate call
  'tokenize.jieba', // tokenizeZh (jieba tag + alignment)
  'mentions', // findMentionsZh
  'resolve', // resolveZh
  'events.dates-roles', // eventInputZh: findTimesZh + findRolesZh per sentence (shared with quotes)
  'events.rules', // extractEventsZh
  'quotes', // zhContext + extractQuotesZh
  'finalise', // mergeRestatements, ids, registry.list, checkSpans
] as const;

export const EN_STAGES = [
  'normalise', // normalise
  'tokenize', // readEnglish: compromise per paragraph + re-basing (the adapter)
  'rest', // everything else annotate does (mentions, resolve, dates, roles, events, quotes, finalise)
] as const;

/** Wall and CPU ms per stage. */
export type StageTimes = Record<string, Cost>;

export const zeroTimes = (names: readonly string[]): StageTimes => Object.fromEntries(names.map((n) => [n, zeroCost()]));

/** Adds the wall and CPU time of `fn` to `times[name]`. */
const clock = <T>(times: StageTimes, name: string, fn: () => T): T => measure(times[name], fn);

const MODULES = {
  ids: 'src/core/ids.js',
  load: 'src/dictionary/load.js',
  pipeline: 'src/pipeline.js',
  dates: 'src/stages/dates/index.js',
  merge: 'src/stages/events/merge.js',
  quotesZh: 'src/stages/events/quotes-zh.js',
  eventsZh: 'src/stages/events/zh.js',
  mentionsZh: 'src/stages/mentions/zh.js',
  normalise: 'src/stages/normalise/index.js',
  registry: 'src/stages/resolve/registry.js',
  resolveZh: 'src/stages/resolve/zh.js',
  roles: 'src/stages/roles/index.js',
  sentences: 'src/stages/sentences/index.js',
  tokenizeZh: 'src/stages/tokenize-zh/index.js',
  compromise: 'src/stages/tokenize-en/compromise.js',
} as const;

const NEEDED: Record<keyof typeof MODULES, string[]> = {
  ids: ['contentHash'],
  load: ['jiebaUserDictFile'],
  pipeline: ['checkSpans'],
  dates: ['findTimesZh'],
  merge: ['mergeRestatements'],
  quotesZh: ['extractQuotesZh'],
  eventsZh: ['extractEventsZh', 'zhContext'],
  mentionsZh: ['findMentionsZh'],
  normalise: ['normalise'],
  registry: ['EntityRegistry'],
  resolveZh: ['resolveZh'],
  roles: ['findRolesZh'],
  sentences: ['splitSentences'],
  tokenizeZh: ['loadJieba', 'tokenizeZh'],
  compromise: ['readEnglish'],
};

export interface Stages {
  annotateZh: (article: Article, ctx: PipelineContext, times: StageTimes) => AnnotatedArticle;
  /** Times normalise and readEnglish for one English article (the rest of annotate is annotate's time minus these). */
  readEn: (article: Article, times: StageTimes) => void;
}

/** Loads the stage functions by path (dist/src/…, beside dist/bench/); an Error saying what is missing if src/ changed. */
export async function loadStages(): Promise<Stages | Error> {
  const m = {} as Record<keyof typeof MODULES, Loose>;
  try {
    for (const [key, rel] of Object.entries(MODULES) as [keyof typeof MODULES, string][]) {
      m[key] = (await import(new URL(`../../${rel}`, import.meta.url).href)) as Loose;
      for (const name of NEEDED[key]) if (typeof m[key][name] !== 'function') throw new Error(`${rel} no longer exports ${name}`);
    }
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
  return { annotateZh: (a, ctx, times) => annotateZhStaged(m, a, ctx, times), readEn: (a, times) => readEnStaged(m, a, times) };
}

function readEnStaged(m: Record<keyof typeof MODULES, Loose>, article: Article, times: StageTimes): void {
  const { work } = clock(times, 'normalise', () => (m.normalise.normalise as Fn)(article));
  clock(times, 'tokenize', () => (m.compromise.readEnglish as Fn)(article.text, work));
}

/** annotate() for a Chinese article, timed stage by stage (mirror of src/pipeline.ts). */
function annotateZhStaged(m: Record<keyof typeof MODULES, Loose>, article: Article, context: PipelineContext, times: StageTimes): AnnotatedArticle {
  const ctx = context as unknown as Loose;
  const { work } = clock(times, 'normalise', () => (m.normalise.normalise as Fn)(article));
  const registry = new (m.registry.EntityRegistry as new (d: unknown) => Loose)(ctx.dictionary);
  const stages = new Set<string>(ctx.definition.stages);
  const drafts: unknown[] = [];
  const sentences = clock(times, 'tokenize.sentences', () => (m.sentences.splitSentences as Fn)('zh', work, article.text));
  clock(times, 'tokenize.dict-check', () => (m.tokenizeZh.loadJieba as Fn)((m.load.jiebaUserDictFile as Fn)(ctx.dictionary)));
  const tokens = clock(times, 'tokenize.jieba', () => (m.tokenizeZh.tokenizeZh as Fn)(work, article.text));
  const mentions = clock(times, 'mentions', () => (m.mentionsZh.findMentionsZh as Fn)({ text: article.text, work, tokens }, ctx.dictionary, ctx.names, ctx.cues.zh));
  clock(times, 'resolve', () => (m.resolveZh.resolveZh as Fn)({ text: article.text, work, tokens, mentions }, ctx.dictionary, ctx.names, registry));
  if (stages.has('events') || stages.has('quotes')) {
    const input = clock(times, 'events.dates-roles', () => eventInputZh(m, article, work, sentences, tokens, registry));
    if (stages.has('events')) clock(times, 'events.rules', () => drafts.push(...(m.eventsZh.extractEventsZh as Fn)(input, ctx.cues.zh)));
    if (stages.has('quotes'))
      clock(times, 'quotes', () => {
        const zctx = (m.eventsZh.zhContext as Fn)(input, ctx.cues.zh);
        drafts.push(...(m.quotesZh.extractQuotesZh as Fn)(input, ctx.cues.zh, zctx));
      });
  }
  return clock(times, 'finalise', () => {
    const warnings: string[] = [];
    const events = finalizeEvents(m, article, (m.merge.mergeRestatements as Fn)(drafts), ctx.definition.options.minConfidence);
    const entities = registry.list() as AnnotatedArticle['entities'];
    for (const e of events) for (const id of [e.personId, e.orgId]) if (id && !entities.some((x) => x.id === id)) warnings.push(`event ${e.id} refers to ${id}, which has no mention`);
    const annotated: AnnotatedArticle = { article, entities, events, proposals: registry.proposals, provenance: ctx.provenance, warnings };
    (m.pipeline.checkSpans as Fn)(annotated);
    return annotated;
  });
}

// ---- copies of pipeline.ts's private helpers ----

interface Span {
  start: number;
  end: number;
}

function eventInputZh(m: Record<keyof typeof MODULES, Loose>, article: Article, work: string, sentences: Span[], tokens: unknown[], registry: Loose): Loose {
  const times: Loose[] = [];
  const roles: Loose[] = [];
  for (const s of sentences) {
    const piece = work.slice(s.start, s.end);
    for (const t of (m.dates.findTimesZh as Fn)(piece, article.publishedAt)) {
      times.push({ start: s.start + t.start, end: s.start + t.end, text: article.text.slice(s.start + t.start, s.start + t.end), value: t.value, relative: t.relative, kind: t.kind });
    }
    for (const r of (m.roles.findRolesZh as Fn)(piece)) roles.push({ start: s.start + r.start, end: s.start + r.end, text: article.text.slice(s.start + r.start, s.start + r.end), en: r.en, former: r.former });
  }
  const inRange = (list: Loose[]) => (from: number, to: number) => list.filter((x) => x.start >= from && x.end <= to);
  return { articleId: article.id, text: article.text, work, published: article.publishedAt, sentences, tokens, mentions: registry.mentions(), registry, roles: inRange(roles), times: inRange(times) };
}

function finalizeEvents(m: Record<keyof typeof MODULES, Loose>, article: Article, merged: Loose[], minConfidence: number): AnnotatedArticle['events'] {
  return merged
    .filter((d) => d.confidence >= minConfidence)
    .map((d) => ({
      id: (m.ids.contentHash as Fn)(article.id, d.type, d.personId, d.orgId, d.role ? (d.role.en ?? d.role.text).toLowerCase() : null, d.date?.value, d.quote?.start),
      type: d.type,
      personId: d.personId,
      orgId: d.orgId,
      role: d.role,
      date: d.date ? { value: d.date.value, span: { start: d.date.span.start, end: d.date.span.end, text: article.text.slice(d.date.span.start, d.date.span.end) } } : null,
      quote: d.quote,
      evidence: d.evidence,
      moreEvidence: d.moreEvidence,
      confidence: Math.round(d.confidence * 1000) / 1000,
      rule: d.rule,
    }))
    .sort((a, b) => a.evidence.start - b.evidence.start);
}

/** A fingerprint of an annotation (entities with mentions, events with their arguments) to compare the mirror with annotate. */
export function fingerprint(a: AnnotatedArticle): string {
  return JSON.stringify({
    entities: a.entities.map((e) => [e.id, e.mentions.map((x) => [x.start, x.end])]),
    events: a.events.map((e) => [e.id, e.type, e.personId, e.orgId, e.role?.en ?? null, e.date?.value ?? null, e.confidence, e.rule]),
  });
}
