// Section 5: start-up cost, in fresh child processes (module and dictionary caches are per process).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { now, summarise, type Summary } from './stats.js';

export interface StartupSample {
  wallMs: number;
  nodeStartMs: number;
  importMs: number;
  createContextMs: number;
  jiebaLoadMs: number;
  /** The first Chinese annotate after jieba is loaded (first use of the other lazily loaded data). */
  firstZhMs: number;
  /** jieba load + first Chinese annotate: what the first Chinese article costs a fresh process. */
  firstZhTotalMs: number;
  secondZhMs: number;
  firstEnMs: number;
  secondEnMs: number;
  importCpuMs: number;
  createContextCpuMs: number;
  jiebaLoadCpuMs: number;
  firstZhCpuMs: number;
  firstEnCpuMs: number;
  processCpuMs: number;
  rssMb: number;
}

export interface StartupResult {
  samples: StartupSample[];
  summary: Record<Exclude<keyof StartupSample, never>, Summary>;
  /** Import time of each heavy dependency (ms, incremental, in a fixed order), per fresh process. */
  imports: Record<string, Summary>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, '..', 'startup-child.js');
const IMPORT_CHILD = path.join(HERE, '..', 'import-child.js');

function runChild(file: string): { wallMs: number; json: Record<string, number> } {
  const t = now();
  const res = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 120_000 });
  const wallMs = now() - t;
  if (res.status !== 0) throw new Error(`${path.basename(file)} failed (${res.status ?? res.signal}): ${res.stderr}`);
  return { wallMs, json: JSON.parse(res.stdout.trim().split('\n').pop()!) as Record<string, number> };
}

export function benchStartup(opts: { children: number; imports: boolean; log: (s: string) => void }): StartupResult {
  const samples: StartupSample[] = [];
  for (let i = 0; i < opts.children; i++) {
    const { wallMs, json } = runChild(CHILD);
    const sample = { wallMs, ...(json as unknown as Omit<StartupSample, 'wallMs'>) };
    samples.push(sample);
    opts.log(`  start-up child ${i + 1}/${opts.children}: createContext ${sample.createContextMs.toFixed(0)} ms, jieba load ${sample.jiebaLoadMs.toFixed(0)} ms, first zh annotate ${sample.firstZhMs.toFixed(0)} ms, process ${wallMs.toFixed(0)} ms`);
  }
  const keys = Object.keys(samples[0]) as (keyof StartupSample)[];
  const summary = Object.fromEntries(keys.filter((k) => typeof samples[0][k] === 'number').map((k) => [k, summarise(samples.map((s) => s[k] as number))])) as StartupResult['summary'];
  if (!opts.imports) return { samples, summary, imports: {} };
  const importSamples: Record<string, number>[] = [];
  // One process is enough for this secondary figure (each costs seconds on a busy machine).
  importSamples.push(runChild(IMPORT_CHILD).json);
  const imports = Object.fromEntries(Object.keys(importSamples[0]).map((k) => [k, summarise(importSamples.map((s) => s[k]))]));
  opts.log(`  dependency imports: ${Object.entries(imports).map(([k, v]) => `${k} ${v.median.toFixed(0)}`).join(', ')} ms`);
  return { samples, summary, imports };
}
