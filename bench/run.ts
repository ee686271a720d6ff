// npm run bench [-- --quick] [-- --rounds N] [-- --only zh,en,store,ingest,startup] [-- --out FILE]
//
// Throughput of newsanno's pipeline, store, ingest and start-up, printed as RATIOS against a baseline
// measured in the same run on the same input (medians over interleaved rounds, with min–max), so the
// figures mean something on a shared, noisy machine. See docs/benchmarks.md for what each line means.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnnotatedArticle, Article } from '../src/core/types.js';
import { annotate, createContext } from '../src/pipeline.js';
import { buildCorpus, loadSeeds, type Corpus } from './lib/corpus.js';
import { benchIngest, type IngestResult } from './lib/ingest-bench.js';
import { baselineOf, benchPipeline, checkMirror, groupShares, type PipelineResult } from './lib/pipeline-bench.js';
import { EN_STAGES, loadStages, zeroTimes, ZH_STAGES } from './lib/staged.js';
import { BATCH, benchStore, type StoreResult } from './lib/store-bench.js';
import { benchStartup, type StartupResult } from './lib/startup-bench.js';
import { fmtRatio, mmm, now, pct, si, table } from './lib/stats.js';

const SECTIONS = ['zh', 'en', 'store', 'ingest', 'startup'] as const;
type Section = (typeof SECTIONS)[number];

interface Config {
  quick: boolean;
  rounds: number;
  storeRounds: number;
  zhBytes: number;
  enBytes: number;
  zhCharsPerRound: number;
  enCharsPerRound: number;
  storeArticles: number;
  ingestFiles: number;
  startupChildren: number;
  warmupSeeds: number;
  only: Set<Section>;
  out: string | null;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Config {
  const quick = argv.includes('--quick');
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (const a of argv) if (a.startsWith('--') && !['--quick', '--full', '--rounds', '--only', '--out'].includes(a)) throw new UsageError(`unknown option ${a} (use --quick, --full, --rounds N, --only zh,en,store,ingest,startup, --out FILE)`);
  const full = argv.includes('--full');
  const rounds = Number(value('--rounds') ?? (quick ? 3 : 5));
  if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError('--rounds must be a positive integer');
  const only = new Set((value('--only') ?? SECTIONS.join(',')).split(',').map((s) => s.trim()) as Section[]);
  for (const s of only) if (!SECTIONS.includes(s)) throw new UsageError(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);
  return {
    quick,
    rounds,
    storeRounds: quick ? rounds : Math.max(rounds, 7),
    zhBytes: 2 * 2 ** 20,
    enBytes: 1 * 2 ** 20,
    // Annotating all 2 MB of Chinese once takes minutes at the pipeline's speed: each round takes a
    // window of the corpus instead (a different one each round), baseline and subject on the same one.
    // --full processes the whole corpus every round (slow: expect 10+ minutes).
    zhCharsPerRound: full ? Infinity : quick ? 8_000 : 24_000,
    enCharsPerRound: full ? Infinity : quick ? 10_000 : 36_000,
    storeArticles: quick ? 60 : 150,
    ingestFiles: quick ? 8 : 16,
    startupChildren: quick ? 1 : 3,
    warmupSeeds: quick ? 4 : Infinity,
    only,
    out: value('--out') ?? null,
  };
}

const log = (s: string) => process.stderr.write(s + '\n');

/** Articles for the store bench: those the pipeline rounds annotated, topped up if there are too few. */
function storePool(kept: Map<string, AnnotatedArticle>, corpora: Corpus[], want: number, ctx: ReturnType<typeof createContext>): AnnotatedArticle[] {
  const pool = [...kept.values()];
  for (let i = 0; pool.length < want && i < Math.max(...corpora.map((c) => c.articles.length)); i++)
    for (const c of corpora) {
      const a = c.articles[c.articles.length - 1 - i];
      if (a && !kept.has(a.id) && pool.length < want) {
        kept.set(a.id, annotate(a, ctx));
        pool.push(kept.get(a.id)!);
      }
    }
  // Mixed languages, in a fixed order.
  return pool.sort((a, b) => (a.article.source < b.article.source ? -1 : 1)).slice(0, want);
}

/** Files for the ingest bench: zh and en alternating, from the end of each corpus. */
function ingestArticles(zh: Corpus, en: Corpus, n: number): Article[] {
  const out: Article[] = [];
  for (let i = 0; out.length < n; i++) {
    out.push(zh.articles[(zh.articles.length - 1 - i + zh.articles.length) % zh.articles.length]);
    if (out.length < n) out.push(en.articles[(en.articles.length - 1 - i + en.articles.length) % en.articles.length]);
  }
  return out;
}

function stageTable(res: PipelineResult, names: readonly string[]): string {
  const groups = groupShares(res);
  const rows: string[][] = [];
  let lastGroup = '';
  for (const s of names) {
    const g = s.split('.')[0];
    if (g !== lastGroup && names.filter((n) => n.split('.')[0] === g).length > 1) rows.push([g, mmm(groups[g], pct), '']);
    lastGroup = g;
    const label = s.includes('.') ? `  ${s.split('.').slice(1).join('.')}` : s;
    rows.push([label, mmm(res.shares[s], pct), res.msPer10k[s].median.toFixed(1)]);
  }
  return table(['stage', 'share of CPU time (min–max)', 'CPU ms / 10k chars'], rows);
}

async function main(): Promise<void> {
  const cfg = parseArgs(process.argv.slice(2));
  const started = now();
  const mode = cfg.quick ? 'quick' : Number.isFinite(cfg.zhCharsPerRound) ? 'default' : 'full';
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsanno-bench-'));
  const result: Record<string, unknown> = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      loadavgAtStart: os.loadavg(),
      mode,
      rounds: cfg.rounds,
    },
  };
  const sectionSeconds: Record<string, number> = {};
  let sectionStart = now();
  const section = (name: string) => {
    sectionSeconds[name] = (now() - sectionStart) / 1000;
    sectionStart = now();
  };
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);

  try {
    log(`newsanno bench (${mode} mode): building the corpus…`);
    const zh = buildCorpus('zh', cfg.zhBytes);
    const en = buildCorpus('en', cfg.enBytes);
    result.corpus = Object.fromEntries([zh, en].map((c) => [c.lang, { seeds: c.seeds, articles: c.articles.length, chars: c.chars, bytes: c.bytes }]));

    const needPipeline = ['zh', 'en', 'store', 'ingest'].some((s) => cfg.only.has(s as Section));
    let ctx: ReturnType<typeof createContext> | null = null;
    const kept = new Map<string, AnnotatedArticle>();
    const keep = (a: AnnotatedArticle) => void kept.set(a.article.id, a);
    let zhRes: PipelineResult | null = null;
    let enRes: PipelineResult | null = null;
    let storeRes: StoreResult | null = null;
    let ingestRes: IngestResult | null = null;
    let startupRes: StartupResult | null = null;

    if (needPipeline) {
      let t = now();
      ctx = createContext();
      const ctxMs = now() - t;
      // Warm-up (JIT, jieba load, compromise lexicon, caches), which doubles as the proof that the
      // Chinese stage mirror gives what annotate gives.
      t = now();
      const warm = [...loadSeeds('zh').slice(0, cfg.warmupSeeds).map((_, i) => zh.articles[i]), ...loadSeeds('en').slice(0, cfg.warmupSeeds).map((_, i) => en.articles[i])];
      for (const a of warm) annotate(a, ctx);
      const loaded = await loadStages();
      const mirrorProblem = checkMirror(loaded, warm, ctx);
      const stages = loaded instanceof Error ? null : loaded;
      for (const a of warm) {
        baselineOf(a.lang).run(a);
        if (stages && a.lang === 'en') stages.readEn(a, zeroTimes(EN_STAGES));
      }
      log(`  context ${ctxMs.toFixed(0)} ms; warm-up on ${warm.length} articles ${(now() - t).toFixed(0)} ms; Chinese stage mirror: ${mirrorProblem ?? 'matches annotate'}`);
      result.warmup = { createContextMs: ctxMs, articles: warm.length, mirrorProblem };
      section('setup');
      const zhStages = mirrorProblem ? null : stages;

      if (cfg.only.has('zh')) {
        log('1. Chinese pipeline vs nodejieba');
        zhRes = benchPipeline(zh, ctx, { rounds: cfg.rounds, chars: cfg.zhCharsPerRound, keep, stages: zhStages, stagesUnavailable: mirrorProblem, log });
        result.zh = zhRes;
        section('zh');
      }
      if (cfg.only.has('en')) {
        log('2. English pipeline vs compromise');
        enRes = benchPipeline(en, ctx, { rounds: cfg.rounds, chars: cfg.enCharsPerRound, keep, stages, stagesUnavailable: loaded instanceof Error ? loaded.message : null, log });
        result.en = enRes;
        section('en');
      }
      if (cfg.only.has('store')) {
        log('3. Store writes');
        const pool = storePool(kept, [zh, en], cfg.storeArticles, ctx);
        storeRes = benchStore(pool, { rounds: cfg.storeRounds, articles: cfg.storeArticles, dir: tmp, log });
        // Context for the absolute figures: the annotate time of the same articles, from the pipeline rounds.
        result.store = { ...storeRes, poolZh: pool.filter((a) => a.article.lang === 'zh').length, poolEn: pool.filter((a) => a.article.lang === 'en').length };
        section('store');
      }
      if (cfg.only.has('ingest')) {
        log('4. End-to-end ingest vs annotate only');
        ingestRes = await benchIngest(ingestArticles(zh, en, cfg.ingestFiles), ctx, { rounds: cfg.rounds, dir: tmp, log });
        result.ingest = ingestRes;
        section('ingest');
      }
    }
    if (cfg.only.has('startup')) {
      log('5. Start-up in fresh processes');
      startupRes = benchStartup({ children: cfg.startupChildren, imports: !cfg.quick, log });
      result.startup = startupRes;
      section('startup');
    }

    // ---- the report ----
    const meta = result.meta as { loadavgAtStart: number[] };
    out(`newsanno bench — ${mode} mode, ${cfg.rounds} rounds (store ${cfg.storeRounds}), node ${process.version}, ${os.cpus().length} CPUs, load ${meta.loadavgAtStart.map((x) => x.toFixed(1)).join(' ')} → ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    out(`Every figure: median (min–max) over rounds; subject and baseline run interleaved on the same input in each round.`);
    out(`Corpus: zh ${(zh.bytes / 2 ** 20).toFixed(2)} MB = ${si(zh.chars)} chars in ${zh.articles.length} articles (${zh.seeds} fixtures); en ${(en.bytes / 2 ** 20).toFixed(2)} MB = ${si(en.chars)} chars in ${en.articles.length} articles (${en.seeds} fixtures).`);
    if (Number.isFinite(cfg.zhCharsPerRound)) out(`Each round annotates a different window: ~${si(cfg.zhCharsPerRound)} zh chars, ~${si(cfg.enCharsPerRound)} en chars (--full: the whole corpus; slow).`);
    out();
    for (const [n, res, names, label] of [
      [1, zhRes, ZH_STAGES, 'Chinese'],
      [2, enRes, EN_STAGES, 'English'],
    ] as const) {
      if (!res) continue;
      out(`${n}. ${label}: annotate ÷ ${res.baseline}`);
      const rows = [
        ['pipeline chars/s (wall)', mmm(res.pipelineCps, si)],
        ['baseline chars/s (wall)', mmm(res.baselineCps, si)],
        ['pipeline chars per CPU-second', mmm(res.pipelineCpuCps, si)],
        ['baseline chars per CPU-second', mmm(res.baselineCpuCps, si)],
        ['RATIO pipeline ÷ baseline (wall)', mmm(res.ratio, fmtRatio)],
        ['RATIO pipeline ÷ baseline (CPU time)', mmm(res.ratioCpu, fmtRatio)],
      ];
      if (res.tokenizeOverBaseline) rows.push([n === 1 ? 'tokenizeZh (jieba.tag + alignment) ÷ baseline (CPU)' : 'readEnglish (adapter) ÷ baseline (CPU time)', mmm(res.tokenizeOverBaseline, fmtRatio)]);
      if (res.stagedOverPipeline) rows.push(['timed stages, sum ÷ annotate (CPU time)', mmm(res.stagedOverPipeline, fmtRatio)]);
      out(table(['', 'median (min–max)'], rows));
      out();
      if (res.stagesUnavailable) out(`   No stage shares: ${res.stagesUnavailable}.${n === 1 ? ' Update bench/lib/staged.ts to match src/pipeline.ts.' : ''}`);
      else {
        if (n === 2) out('   normalise and readEnglish timed on their own; rest = annotate − those two (mentions, resolve, dates, roles, events, quotes):');
        out(stageTable(res, names));
      }
      out();
    }
    if (storeRes) {
      const s = storeRes;
      out(`3. Store: saveArticle (ingest mode), ${s.articlesPerRound} annotated articles into a fresh temp database (${tmp.startsWith(os.tmpdir()) ? os.tmpdir() : tmp})`);
      out(table(
        ['', 'median (min–max)'],
        [
          ['one transaction per article, articles/s', mmm(s.singleAps, si)],
          [`store.transaction() batches of ${BATCH}, articles/s`, mmm(s.batchAps, si)],
          ['RATIO batched ÷ one per article (wall)', mmm(s.batchOverSingle, fmtRatio)],
          ['RATIO batched ÷ one per article (CPU time)', mmm(s.batchOverSingleCpu, fmtRatio)],
          ['CPU ms per article, one per transaction', mmm(s.singleCpuMs, (x) => x.toFixed(2))],
          ['CPU ms per article, batched', mmm(s.batchCpuMs, (x) => x.toFixed(2))],
          ['open + migrate an empty database, ms', mmm(s.openMs, (x) => x.toFixed(1))],
        ],
      ));
      out('   (absolute articles/s depend on this disk and its fsync; compare the ratio across machines)');
      out();
    }
    if (ingestRes) {
      const g = ingestRes;
      out(`4. Ingest: runner.ingest of ${g.files} .txt files (${g.zhFiles} zh, ${g.enFiles} en, ${si(g.chars)} chars) ÷ annotate() of the same articles`);
      out(table(
        ['', 'median (min–max)'],
        [
          ['ingest chars/s', mmm(g.ingestCps, si)],
          ['annotate-only chars/s', mmm(g.pipelineCps, si)],
          ['RATIO ingest ÷ annotate only (wall)', mmm(g.ratio, fmtRatio)],
          ['RATIO ingest ÷ annotate only (CPU time)', mmm(g.ratioCpu, fmtRatio)],
          ['CPU time ÷ wall time during ingest', mmm(g.cpuPerWall, fmtRatio)],
        ],
      ));
      out(`   where ingest's CPU time goes (each step timed on its own, as a share of ingest's CPU time):`);
      out(table(
        ['   step', 'share of CPU (min–max)'],
        [
          ['   list + read + detect language', mmm(g.parts.read, pct)],
          ['   open + migrate db, build context', mmm(g.parts.openContext, pct)],
          ['   annotate', mmm(g.parts.annotate, pct)],
          ['   saveArticle', mmm(g.parts.store, pct)],
          ['   unaccounted (p-queue, promises, GC, noise)', mmm(g.parts.unaccounted, pct)],
        ],
      ));
      if (g.langMismatches) out(`   WARNING: ingest detected another language than the corpus for ${g.langMismatches} file(s)`);
      out();
    }
    if (startupRes) {
      const u = startupRes.summary;
      const f = (x: number) => x.toFixed(0);
      out(`5. Start-up, absolute ms, median (min–max) of ${startupRes.samples.length} fresh process(es); CPU ms is the process's own work`);
      out(table(
        ['', 'wall ms', 'CPU ms'],
        [
          ['node start → bench module', mmm(u.nodeStartMs, f), ''],
          ['import pipeline modules', mmm(u.importMs, f), mmm(u.importCpuMs, f)],
          ['createContext() (dictionary compile, name model, cues)', mmm(u.createContextMs, f), mmm(u.createContextCpuMs, f)],
          ['jieba load (loadJieba with the user dictionary)', mmm(u.jiebaLoadMs, f), mmm(u.jiebaLoadCpuMs, f)],
          ['first Chinese annotate after that', mmm(u.firstZhMs, f), mmm(u.firstZhCpuMs, f)],
          ['= first Chinese article (jieba + first annotate)', mmm(u.firstZhTotalMs, f), ''],
          ['second Chinese annotate (steady state)', mmm(u.secondZhMs, f), ''],
          ['first English annotate (compromise lexicon)', mmm(u.firstEnMs, f), mmm(u.firstEnCpuMs, f)],
          ['second English annotate', mmm(u.secondEnMs, f), ''],
          ['whole child process', mmm(u.wallMs, f), mmm(u.processCpuMs, f)],
          ['RSS at the end, MB', mmm(u.rssMb, f), ''],
        ],
      ));
      const imp = Object.entries(startupRes.imports).sort((a, b) => b[1].median - a[1].median);
      if (imp.length) out(`   import cost of dependencies (ms, each on top of the ones before, fresh process): ${imp.map(([k, v]) => `${k} ${v.median.toFixed(0)}`).join(', ')}`);
      out();
    }
    const seconds = (now() - started) / 1000;
    (result.meta as Record<string, unknown>).seconds = seconds;
    (result.meta as Record<string, unknown>).sectionSeconds = sectionSeconds;
    (result.meta as Record<string, unknown>).loadavgAtEnd = os.loadavg();
    const jsonFile = cfg.out ?? path.join(os.tmpdir(), 'newsanno-bench', 'latest.json');
    mkdirSync(path.dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, JSON.stringify(result, (_k, v: unknown) => (v === Infinity ? null : v), 2) + '\n');
    out(`Took ${seconds.toFixed(0)} s (${Object.entries(sectionSeconds).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}). JSON (every round's raw figures): ${jsonFile}`);
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`bench: ${err.message}\n`);
  else process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});

