// Sections 1 and 2: pipeline throughput against the tokenizer it is built on, and where the time goes.
// Each round takes a fresh window of the corpus, cuts it into small chunks, and runs on every chunk,
// in rotating order, annotate() (the subject), the bare tokenizer (the baseline) and the timed stages
// (for the shares). Interleaving chunk by chunk, rather than window by window, spreads a noisy
// neighbour's bursts evenly over the three. Wall and CPU time are both recorded.
import nlp from 'compromise';
import nodejieba from 'nodejieba';
import type { AnnotatedArticle, Article, Lang } from '../../src/core/types.js';
import { annotate, type PipelineContext } from '../../src/pipeline.js';
import { charsOf, window, type Corpus } from './corpus.js';
import { EN_STAGES, fingerprint, ZH_STAGES, zeroTimes, type Stages, type StageTimes } from './staged.js';
import { measure, rotate, summarise, zeroCost, type Cost, type Summary } from './stats.js';

/** Articles per chunk: a few ms of annotate each. */
const CHUNK = { zh: 4, en: 1 } as const;
/** nodejieba cuts a chunk in about a millisecond: each chunk is cut this many times, and the time divided. */
const BASELINE_REPEAT = { zh: 5, en: 1 } as const;

export interface PipelineRound {
  articles: number;
  chars: number;
  pipeline: Cost;
  /** Per pass over the window. */
  baseline: Cost;
  staged: Cost;
  stages: StageTimes;
}

export interface PipelineResult {
  lang: Lang;
  baseline: string;
  rounds: PipelineRound[];
  /** chars/s through annotate(), by wall time. */
  pipelineCps: Summary;
  /** chars/s of the bare tokenizer on the same text, by wall time. */
  baselineCps: Summary;
  /** chars per CPU-second through annotate() and through the bare tokenizer. */
  pipelineCpuCps: Summary;
  baselineCpuCps: Summary;
  /** pipeline ÷ baseline throughput, by wall time, per round. */
  ratio: Summary;
  /** The same ratio by CPU time (less sensitive to other processes on the machine). */
  ratioCpu: Summary;
  /** Why there are no stage figures, when there are none. */
  stagesUnavailable: string | null;
  /** zh: the mirror's stage sum ÷ annotate's time on the same window, by CPU time (≈1: the mirror accounts for all of it). */
  stagedOverPipeline: Summary | null;
  /** Per stage: its share of annotate's CPU time, per round. */
  shares: Record<string, Summary>;
  /** Per stage: CPU milliseconds per 10,000 characters, per round. */
  msPer10k: Record<string, Summary>;
  /** The tokenizer step inside the pipeline divided by the bare tokenizer on the same text (CPU time). */
  tokenizeOverBaseline: Summary | null;
}

/** The bare tokenizer, as the adapters call it. */
export function baselineOf(lang: Lang): { name: string; run: (a: Article) => void } {
  if (lang === 'zh') return { name: 'nodejieba.cut(text, true)', run: (a) => void nodejieba.cut(a.text, true) };
  return {
    name: 'nlp(paragraph).json({offset, terms:{offset}})',
    run: (a) => {
      for (const para of a.text.split('\n')) if (para.trim()) nlp(para).json({ offset: true, terms: { offset: true } });
    },
  };
}

/** The Chinese stage mirror gives exactly what annotate gives, on every Chinese article of `list`; else why not. */
export function checkMirror(stages: Stages | Error, list: readonly Article[], ctx: PipelineContext): string | null {
  if (stages instanceof Error) return `the stage functions could not be loaded (${stages.message})`;
  for (const a of list) {
    if (a.lang !== 'zh') continue;
    try {
      if (fingerprint(stages.annotateZh(a, ctx, zeroTimes(ZH_STAGES))) !== fingerprint(annotate(a, ctx))) return `the stage mirror gives another result than annotate() on ${a.source}`;
    } catch (err) {
      return `the stage mirror fails on ${a.source}: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  return null;
}

export function benchPipeline(
  corpus: Corpus,
  ctx: PipelineContext,
  opts: { rounds: number; chars: number; keep: (a: AnnotatedArticle) => void; stages: Stages | null; stagesUnavailable: string | null; log: (s: string) => void },
): PipelineResult {
  const lang = corpus.lang;
  const names: readonly string[] = lang === 'zh' ? ZH_STAGES : EN_STAGES;
  const stages = opts.stages;
  const staged: ((a: Article, times: StageTimes) => void) | null = !stages ? null : lang === 'zh' ? (a, t) => void stages.annotateZh(a, ctx, t) : (a, t) => stages.readEn(a, t);
  const base = baselineOf(lang);
  const repeat = BASELINE_REPEAT[lang];
  const rounds: PipelineRound[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const list = window(corpus, r, opts.chars);
    const round: PipelineRound = { articles: list.length, chars: charsOf(list), pipeline: zeroCost(), baseline: zeroCost(), staged: zeroCost(), stages: zeroTimes(names) };
    const subjects = staged ? (['pipeline', 'baseline', 'staged'] as const) : (['pipeline', 'baseline'] as const);
    for (let c = 0, k = 0; c < list.length; c += CHUNK[lang], k++) {
      const chunk = list.slice(c, c + CHUNK[lang]);
      for (const subject of rotate(subjects, k + r)) {
        if (subject === 'pipeline') measure(round.pipeline, () => chunk.forEach((a) => opts.keep(annotate(a, ctx))));
        else if (subject === 'staged') measure(round.staged, () => chunk.forEach((a) => staged!(a, round.stages)));
        else
          measure(round.baseline, () => {
            for (let i = 0; i < repeat; i++) chunk.forEach(base.run);
          });
      }
    }
    round.baseline = { wall: round.baseline.wall / repeat, cpu: round.baseline.cpu / repeat };
    // English: what annotate does besides normalise and readEnglish, from the same chunks.
    if (lang === 'en' && staged)
      round.stages.rest = {
        wall: Math.max(0, round.pipeline.wall - round.stages.normalise.wall - round.stages.tokenize.wall),
        cpu: Math.max(0, round.pipeline.cpu - round.stages.normalise.cpu - round.stages.tokenize.cpu),
      };
    rounds.push(round);
    opts.log(
      `  ${lang} round ${r + 1}/${opts.rounds}: ${round.articles} articles, ${round.chars} chars; annotate ${round.pipeline.wall.toFixed(0)} ms (cpu ${round.pipeline.cpu.toFixed(0)}), ` +
        `tokenizer ${round.baseline.wall.toFixed(1)} ms (cpu ${round.baseline.cpu.toFixed(1)})` + (staged ? `, timed stages ${round.staged.wall.toFixed(0)} ms` : ''),
    );
  }
  const cps = (ms: number, r: PipelineRound) => (r.chars / ms) * 1000;
  // Shares by CPU time (what a busy machine distorts least). zh: of the mirror's own total; en: of
  // annotate's (rest = annotate − the timed parts).
  const total = (r: PipelineRound) => (lang === 'zh' ? names.reduce((n, s) => n + r.stages[s].cpu, 0) : r.pipeline.cpu);
  const tokenizeKey = 'tokenize';
  const shares: Record<string, Summary> = {};
  const msPer10k: Record<string, Summary> = {};
  if (staged)
    for (const s of names) {
      shares[s] = summarise(rounds.map((r) => r.stages[s].cpu / total(r)));
      msPer10k[s] = summarise(rounds.map((r) => (r.stages[s].cpu / r.chars) * 10_000));
    }
  return {
    lang,
    baseline: base.name,
    rounds,
    pipelineCps: summarise(rounds.map((r) => cps(r.pipeline.wall, r))),
    baselineCps: summarise(rounds.map((r) => cps(r.baseline.wall, r))),
    pipelineCpuCps: summarise(rounds.map((r) => cps(r.pipeline.cpu, r))),
    baselineCpuCps: summarise(rounds.map((r) => cps(r.baseline.cpu, r))),
    ratio: summarise(rounds.map((r) => r.baseline.wall / r.pipeline.wall)),
    ratioCpu: summarise(rounds.map((r) => r.baseline.cpu / r.pipeline.cpu)),
    stagesUnavailable: staged ? null : (opts.stagesUnavailable ?? 'not measured'),
    stagedOverPipeline: staged && lang === 'zh' ? summarise(rounds.map((r) => total(r) / r.pipeline.cpu)) : null,
    shares,
    msPer10k,
    tokenizeOverBaseline: staged ? summarise(rounds.map((r) => r.stages[tokenizeKey].cpu / r.baseline.cpu)) : null,
  };
}

/** Groups stage shares by the part before the dot (normalise, tokenize, mentions, …), per round. */
export function groupShares(result: PipelineResult): Record<string, Summary> {
  const groups = new Map<string, string[]>();
  for (const s of Object.keys(result.shares)) {
    const g = s.split('.')[0];
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  const out: Record<string, Summary> = {};
  for (const [g, members] of groups) {
    out[g] = summarise(
      result.rounds.map((r) => {
        const total = result.lang === 'zh' ? Object.values(r.stages).reduce((n, x) => n + x.cpu, 0) : r.pipeline.cpu;
        return members.reduce((n, s) => n + r.stages[s].cpu, 0) / total;
      }),
    );
  }
  return out;
}
