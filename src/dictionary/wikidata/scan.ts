// The streaming pass over a dump: one line, one entity, then it is gone. Only the candidates (the
// few fields each kept entity needs) stay in memory, so memory grows with the output, not the input.
import { NewsannoError } from '../../core/errors.js';
import type { DumpSource } from './dump-source.js';
import { splitLines } from './lines.js';
import { bump, type Tally } from './names.js';
import { rowProblems } from './rows.js';
import { mayHaveChinese, selectEntity, type Candidate, type Claims, type Drops, type Selection, type SkipReason } from './select.js';
import { asEntity } from './wikidata-json.js';

export interface ScanProgress {
  lines: number;
  entities: number;
  kept: number;
  malformed: number;
  seconds: number;
}

export interface ScanOptions {
  selection: Selection;
  claims?: Claims;
  /** Stop once this many entities are kept. */
  limit?: number;
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
}

export interface LineProblem {
  line: number;
  message: string;
}

export interface ScanResult {
  candidates: Candidate[];
  lines: number;
  /** Well-formed entity lines. */
  entities: number;
  skipped: Tally<SkipReason>;
  drops: Drops;
  malformed: number;
  /** The first few malformed lines, with their line numbers. */
  malformedLines: LineProblem[];
  /** The first few candidates the parser rejected. */
  rejected: { qid: string; message: string }[];
  stoppedAtLimit: boolean;
  seconds: number;
}

const SHOWN_PROBLEMS = 10;
const PROGRESS_EVERY_LINES = 1024;
const PROGRESS_EVERY_MS = 500;

export const interrupted = (entities: number): NewsannoError =>
  new NewsannoError(`interrupted after ${entities} entities; nothing was written`, { code: 'interrupted', hint: 'run the command again to import' });

export async function scanDump(source: DumpSource, o: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const r: ScanResult = {
    candidates: [],
    lines: 0,
    entities: 0,
    skipped: {},
    drops: { zh: {}, en: {} },
    malformed: 0,
    malformedLines: [],
    rejected: [],
    stoppedAtLimit: false,
    seconds: 0,
  };
  const malformed = (line: number, message: string) => {
    r.malformed++;
    if (r.malformedLines.length < SHOWN_PROBLEMS) r.malformedLines.push({ line, message });
  };
  const keptQids = new Set<string>();
  let lastProgress = started;
  try {
    for await (const line of splitLines(source.chunks)) {
      const n = ++r.lines;
      if (o.signal?.aborted) throw interrupted(r.entities);
      if (n % PROGRESS_EVERY_LINES === 0 && o.onProgress) {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          o.onProgress({ lines: n, entities: r.entities, kept: r.candidates.length, malformed: r.malformed, seconds: (now - started) / 1000 });
        }
      }
      const span = entitySpan(line);
      if (span === null) continue;
      const [start, end] = span;
      if (line[start] !== OPEN || line[end - 1] !== CLOSE) {
        malformed(n, line[start] !== OPEN ? 'does not start with "{"' : 'does not end with "}" (cut short?)');
        continue;
      }
      // Most of a full dump has no Chinese term at all: skip those without decoding or parsing them.
      if (!mayHaveChinese(line)) {
        r.entities++;
        bump(r.skipped, 'no-chinese');
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line.toString('utf8', start, end));
      } catch (e) {
        malformed(n, `invalid JSON: ${(e as Error).message}`);
        continue;
      }
      const entity = asEntity(value);
      if (!entity) {
        malformed(n, 'not an entity (no "id")');
        continue;
      }
      r.entities++;
      let outcome = selectEntity(entity, o.selection, r.drops, o.claims);
      if (typeof outcome !== 'string' && keptQids.has(outcome.qid)) outcome = 'duplicate-qid';
      if (typeof outcome !== 'string') {
        const problems = rowProblems(outcome);
        if (problems.length) {
          if (r.rejected.length < SHOWN_PROBLEMS) r.rejected.push({ qid: entity.id, message: problems[0] });
          outcome = 'rejected';
        }
      }
      if (typeof outcome === 'string') {
        bump(r.skipped, outcome);
        continue;
      }
      r.candidates.push(outcome);
      keptQids.add(outcome.qid);
      if (o.limit !== undefined && r.candidates.length >= o.limit) {
        r.stoppedAtLimit = true;
        break;
      }
    }
  } catch (e) {
    source.close();
    if (e instanceof NewsannoError) throw e;
    throw new NewsannoError(`cannot read ${source.name} (after line ${r.lines}): ${(e as Error).message}`, {
      code: 'input',
      hint: 'the download may be incomplete or not a Wikidata JSON dump; check it with `gzip -t` / `bzip2 -t`',
      cause: e,
    });
  }
  if (r.stoppedAtLimit) source.close();
  else await source.finished();
  if (o.signal?.aborted) throw interrupted(r.entities);
  r.seconds = (performance.now() - started) / 1000;
  return r;
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const COMMA = 0x2c;

/** Where the entity JSON of a dump line lies, without its trailing comma; null for `[`, `]` and blank lines. */
function entitySpan(line: Buffer): [number, number] | null {
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1])) end--;
  if (end > 0 && line[end - 1] === COMMA) end--;
  let start = 0;
  while (start < end && isSpace(line[start])) start++;
  if (start === end) return null;
  if (end - start === 1 && (line[start] === 0x5b || line[start] === 0x5d)) return null; // [ or ]
  return [start, end];
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d;
