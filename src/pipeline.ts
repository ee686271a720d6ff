// annotate(article, context) → AnnotatedArticle: composes the stages and checks the span invariant at
// the boundary. Pure and synchronous once the context (dictionaries, jieba) is loaded.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { contentHash } from './core/ids.js';
import { fromRoot } from './core/paths.js';
import { assertSpan } from './core/spans.js';
import type { AnnotatedArticle, Article, ExtractedEvent, Provenance } from './core/types.js';
import type { CompiledDictionary } from './dictionary/compile.js';
import { loadCues, type CueSet } from './dictionary/cues.js';
import { enKey, zhKey } from './dictionary/fold.js';
import { jiebaUserDictFile, loadDictionary } from './dictionary/load.js';
import { loadPipeline, type PipelineDefinition } from './pipeline-definition.js';
import { findTimesZh } from './stages/dates/index.js';
import { mergeRestatements, type MergedDraft } from './stages/events/merge.js';
import { rolesBySentence, type EventDraft, type EventInput, type TimeSpan } from './stages/events/types.js';
import { extractEventsZh, zhContext } from './stages/events/zh.js';
import { extractQuotesZh } from './stages/events/quotes-zh.js';
import { annotateEnglish } from './stages/en/index.js';
import { nameScorer } from './stages/mentions/name-scorer.js';
import type { NameScorer } from './stages/mentions/types.js';
import { findMentionsZh } from './stages/mentions/zh.js';
import { normalise } from './stages/normalise/index.js';
import { EntityRegistry } from './stages/resolve/registry.js';
import { resolveZh } from './stages/resolve/zh.js';
import { findRolesZh } from './stages/roles/index.js';
import { splitSentences } from './stages/sentences/index.js';
import { loadJieba, tokenizeZh } from './stages/tokenize-zh/index.js';

export interface PipelineContext {
  definition: PipelineDefinition;
  dictionary: CompiledDictionary;
  names: NameScorer;
  cues: { zh: CueSet; en: CueSet };
  provenance: Provenance;
}

export interface ContextOptions {
  /** A pipeline name (pipelines/NAME.json) or a definition file; `news` by default. */
  pipeline?: string;
  /** Accepted alias proposals to use on top of the dictionaries (of known and unknown entities). */
  extraAliases?: { entityId: string; alias: string; lang: 'zh' | 'en'; entityType?: 'person' | 'org'; entityName?: string }[];
}

let rulesHash: string | undefined;
/** The version of the rules: the package version and a hash of the cue and title data. */
export function rulesVersion(): string {
  if (rulesHash) return rulesHash;
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
  const h = createHash('sha256');
  for (const f of ['dictionaries/cues/zh.tsv', 'dictionaries/cues/en.tsv']) {
    try {
      h.update(readFileSync(fromRoot(f)));
    } catch {
      // a language without cue data
    }
  }
  return (rulesHash = `${pkg.version}+${h.digest('hex').slice(0, 8)}`);
}

export function createContext(options: ContextOptions = {}): PipelineContext {
  const definition = loadPipeline(options.pipeline ?? 'news');
  const base = loadDictionary(definition.dictionaryPaths);
  const dictionary = options.extraAliases?.length ? withAliases(base, options.extraAliases) : base;
  return {
    definition,
    dictionary,
    names: nameScorer(),
    cues: { zh: loadCues('zh'), en: loadCues('en') },
    provenance: { pipeline: definition.name, dictionaryVersion: dictionary.version, rulesVersion: rulesVersion() },
  };
}

/** The dictionary plus accepted proposals (as aliases of their entities). */
function withAliases(dict: CompiledDictionary, aliases: NonNullable<ContextOptions['extraAliases']>): CompiledDictionary {
  const zh = new Map(dict.zh);
  const en = new Map(dict.en);
  const lines = [...dict.jiebaLines];
  const entities = new Map(dict.entities);
  for (const a of aliases) {
    if (!entities.has(a.entityId)) {
      // An accepted alias of a name the dictionary does not know (萨沙·伊万诺夫 → Sasha Ivanov): the
      // stored entity joins the index so every article links the form to it.
      if (!a.entityType || !a.entityName) continue;
      entities.set(a.entityId, { id: a.entityId, type: a.entityType, name: a.entityName, zh: a.lang === 'zh' ? a.alias : null, zhKeys: [], zhGiven: [], zhSurnames: [], enGiven: [], enSurnames: [], wikidata: null, org: null, role: null, note: null });
    }
    const index = a.lang === 'zh' ? zh : en;
    const key = a.lang === 'zh' ? zhKey(a.alias) : enKey(a.alias);
    const list = [...(index.get(key) ?? [])];
    if (!list.some((h) => h.entityId === a.entityId)) list.push({ entityId: a.entityId, kind: a.lang === 'zh' ? 'zh-full' : 'en-alias', prior: 0.9 });
    index.set(key, list);
    if (a.lang === 'zh') lines.push(`${key} 100000 ${entities.get(a.entityId)!.type === 'person' ? 'nr' : 'nt'}`);
  }
  const version = contentHash(dict.version, ...aliases.map((a) => `${a.entityId}=${a.alias}`)).slice(0, 12);
  return { ...dict, entities, zh, en, jiebaLines: lines, version, maxZhKey: Math.max(dict.maxZhKey, ...[...zh.keys()].map((k) => k.length)) };
}

const userDicts = new WeakMap<PipelineContext, string>();
/** The compiled jieba user dictionary of a context, written once (not re-checked for every article). */
function userDictFor(ctx: PipelineContext): string {
  let file = userDicts.get(ctx);
  if (!file) userDicts.set(ctx, (file = jiebaUserDictFile(ctx.dictionary)));
  return file;
}

/** Wraps each stage of annotate(): the benchmark times stages through it; annotate() itself passes none. */
export type StageClock = <T>(stage: string, run: () => T) => T;
const untimed: StageClock = (_stage, run) => run();

/** Annotates one article. Throws only on a bug (a span that does not cover its text), never on odd input. */
export function annotate(article: Article, ctx: PipelineContext, clock: StageClock = untimed): AnnotatedArticle {
  const warnings: string[] = [];
  const { work } = clock('normalise', () => normalise(article));
  const registry = new EntityRegistry(ctx.dictionary);
  const stages = new Set(ctx.definition.stages);
  let drafts: EventDraft[] = [];

  if (article.lang === 'zh') {
    const sentences = clock('sentences', () => splitSentences('zh', work, article.text));
    loadJieba(userDictFor(ctx));
    const tokens = clock('tokenize', () => tokenizeZh(work, article.text));
    const mentions = clock('mentions', () => findMentionsZh({ text: article.text, work, tokens }, ctx.dictionary, ctx.names, ctx.cues.zh));
    clock('resolve', () => resolveZh({ text: article.text, work, tokens, mentions }, ctx.dictionary, ctx.names, registry));
    if (stages.has('events') || stages.has('quotes')) {
      const input = clock('events.dates-roles', () => eventInputZh(article, work, sentences, tokens, registry));
      const zctx = zhContext(input, ctx.cues.zh);
      if (stages.has('events')) clock('events.rules', () => drafts.push(...extractEventsZh(input, ctx.cues.zh, zctx)));
      if (stages.has('quotes')) clock('quotes', () => drafts.push(...extractQuotesZh(input, ctx.cues.zh, zctx)));
    }
  } else {
    drafts = clock('english', () => annotateEnglish({ article, work, registry, dictionary: ctx.dictionary, cues: ctx.cues.en, events: stages.has('events'), quotes: stages.has('quotes'), quoteMinUnits: ctx.definition.options.quoteMinUnits }).drafts);
  }

  return clock('finalise', () => {
    const events = finalizeEvents(article, mergeRestatements(drafts), ctx.definition.options.minConfidence);
    const entities = registry.list();
    // Every entity an event refers to must be exported with the article.
    const exported = new Set(entities.map((x) => x.id));
    for (const e of events) for (const id of [e.personId, e.orgId]) if (id && !exported.has(id)) warnings.push(`event ${e.id} refers to ${id}, which has no mention`);
    const annotated: AnnotatedArticle = { article, entities, events, proposals: registry.proposals, provenance: ctx.provenance, warnings };
    checkSpans(annotated);
    return annotated;
  });
}

function eventInputZh(article: Article, work: string, sentences: EventInput['sentences'], tokens: EventInput['tokens'], registry: EntityRegistry): EventInput {
  const times: TimeSpan[] = [];
  for (const s of sentences) {
    for (const t of findTimesZh(work.slice(s.start, s.end), article.publishedAt)) {
      times.push({ start: s.start + t.start, end: s.start + t.end, text: article.text.slice(s.start + t.start, s.start + t.end), value: t.value, relative: t.relative, kind: t.kind });
    }
  }
  const roles = rolesBySentence(findRolesZh, sentences, work, article.text);
  const inRange = <T extends { start: number; end: number }>(list: T[]) => (from: number, to: number) => list.filter((x) => x.start >= from && x.end <= to);
  return { articleId: article.id, text: article.text, work, published: article.publishedAt, sentences, tokens, mentions: registry.mentions(), registry, roles: inRange(roles), times: inRange(times) };
}

function finalizeEvents(article: Article, merged: MergedDraft[], minConfidence: number): ExtractedEvent[] {
  return merged
    .filter((d) => d.confidence >= minConfidence)
    .map((d) => ({
      id: contentHash(article.id, d.type, d.personId, d.orgId, d.role ? (d.role.en ?? d.role.text).toLowerCase() : null, d.date?.value, d.quote?.start),
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

/** The invariant users rely on: every offset indexes the original text. A failure is a bug in a stage. */
export function checkSpans(a: AnnotatedArticle): void {
  const t = a.article.text;
  for (const e of a.entities) for (const m of e.mentions) assertSpan(t, m, `mention of ${e.id}`);
  for (const ev of a.events) {
    assertSpan(t, ev.evidence, `evidence of ${ev.id}`);
    for (const more of ev.moreEvidence) assertSpan(t, more, `evidence of ${ev.id}`);
    if (ev.quote) assertSpan(t, ev.quote, `quote of ${ev.id}`);
    if (ev.date) assertSpan(t, ev.date.span, `date of ${ev.id}`);
  }
  for (const p of a.proposals) assertSpan(t, p.evidence, `evidence of proposal ${p.alias}`);
}

export { loadPipeline };
