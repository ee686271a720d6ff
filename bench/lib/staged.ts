// annotate() with a clock around each stage: src/pipeline.ts takes a StageClock, so the per-stage
// times come from annotate itself (no mirror of the pipeline to keep in step) and add up to its time.
// English: annotateEnglish is timed as one stage, with the compromise adapter's readEnglish timed on
// its own for the ratio against compromise.
import type { AnnotatedArticle, Article } from '../../src/core/types.js';
import { annotate, type PipelineContext, type StageClock } from '../../src/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { readEnglish } from '../../src/stages/tokenize-en/compromise.js';
import { measure, zeroCost, type Cost } from './stats.js';

/** Stage names, in pipeline order, as annotate() reports them to its clock. */
export const ZH_STAGES = ['normalise', 'sentences', 'tokenize', 'mentions', 'resolve', 'events.dates-roles', 'events.rules', 'quotes', 'finalise'] as const;

export const EN_STAGES = [
  'normalise', // normalise
  'tokenize', // readEnglish: compromise per paragraph + re-basing (the adapter)
  'rest', // everything else annotate does (mentions, resolve, dates, roles, events, quotes, finalise)
] as const;

/** Wall and CPU ms per stage. */
export type StageTimes = Record<string, Cost>;

export const zeroTimes = (names: readonly string[]): StageTimes => Object.fromEntries(names.map((n) => [n, zeroCost()]));

export interface Stages {
  annotateZh: (article: Article, ctx: PipelineContext, times: StageTimes) => AnnotatedArticle;
  /** Times normalise and readEnglish for one English article (the rest of annotate is annotate's time minus these). */
  readEn: (article: Article, times: StageTimes) => void;
}

const clockInto =
  (times: StageTimes): StageClock =>
  (stage, run) =>
    times[stage] ? measure(times[stage], run) : run();

/** The timed stages (kept async and fallible for the callers written against a loader). */
export async function loadStages(): Promise<Stages | Error> {
  return {
    annotateZh: (a, ctx, times) => annotate(a, ctx, clockInto(times)),
    readEn: (a, times) => {
      const { work } = measure(times.normalise, () => normalise(a));
      measure(times.tokenize, () => readEnglish(a.text, work));
    },
  };
}

/** A fingerprint of an annotation (entities with mentions, events with their arguments). */
export function fingerprint(a: AnnotatedArticle): string {
  return JSON.stringify({
    entities: a.entities.map((e) => [e.id, e.mentions.map((x) => [x.start, x.end])]),
    events: a.events.map((e) => [e.id, e.type, e.personId, e.orgId, e.role?.en ?? null, e.date?.value ?? null, e.confidence, e.rule]),
  });
}
