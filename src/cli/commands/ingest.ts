import { formatDiagnostic, NewsannoError } from '../../core/errors.js';
import { progressBar } from '../progress.js';
import { bool, str, type CommandSpec } from '../spec.js';
import { formatSummary } from '../summary.js';

const DB = { name: 'db', type: 'string', placeholder: 'FILE', required: true, description: 'the SQLite database (created if missing)' } as const;
const PIPELINE = { name: 'pipeline', type: 'string', placeholder: 'NAME', default: 'news', description: 'pipeline definition: a name in pipelines/ or a .json file' } as const;
const QUIET = { name: 'quiet', short: 'q', type: 'boolean', description: 'print only failures' } as const;
const JSON_FLAG = { name: 'json', type: 'boolean', description: 'print the summary as JSON on stdout (for scripts)' } as const;

export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'Read files and folders (recursively) or - for stdin, annotate every article and store it. Exit code 0 only when every input was stored.',
  args: 'PATH...',
  minArgs: 1,
  flags: [
    DB,
    PIPELINE,
    { name: 'concurrency', type: 'string', placeholder: 'N', default: '8', description: 'files read at once' },
    { name: 'workers', type: 'string', placeholder: 'N', description: 'annotation worker threads (0: this thread; default: one per core, up to 4, for batches of 500+ files; each worker costs a few seconds and ~250 MB to start)' },
    QUIET,
    JSON_FLAG,
  ],
  examples: ['newsanno ingest articles/ --db news.db', 'cat feed.jsonl | newsanno ingest - --db news.db --json'],
  async run(args, io) {
    const { ingest } = await import('../../runner.js');
    const json = bool(args, 'json');
    const quiet = bool(args, 'quiet');
    const concurrency = Number(str(args, 'concurrency'));
    const bar = json || quiet ? null : progressBar(io, 'ingest');
    const summary = await ingest({
      paths: args.positionals,
      db: str(args, 'db')!,
      pipeline: str(args, 'pipeline'),
      concurrency: Number.isFinite(concurrency) && concurrency > 0 ? concurrency : 8,
      workers: workers(str(args, 'workers')),
      stdin: io.stdin as AsyncIterable<Uint8Array> | undefined,
      onProgress: (p) => bar?.update(p),
      onDiagnostic: (d) => {
        if (json) return;
        bar?.done();
        io.err(`${formatDiagnostic(d)}\n`);
      },
    });
    bar?.done();
    if (json) io.out(JSON.stringify(summary, null, 2) + '\n');
    else if (!quiet) io.out(formatSummary(summary, 'ingest'));
    return summary.failed ? 1 : 0;
  },
};

export const reprocessCommand: CommandSpec = {
  name: 'reprocess',
  summary: 'Re-annotate every stored article with the current dictionaries, rules and accepted alias proposals, keeping every review decision.',
  flags: [DB, PIPELINE, QUIET, JSON_FLAG],
  maxArgs: 0,
  async run(args, io) {
    const { reprocess } = await import('../../runner.js');
    const json = bool(args, 'json');
    const bar = json || bool(args, 'quiet') ? null : progressBar(io, 'reprocess');
    const summary = reprocess({
      db: str(args, 'db')!,
      pipeline: str(args, 'pipeline'),
      onProgress: (p) => bar?.update(p),
      onDiagnostic: (d) => {
        bar?.done();
        if (!json) io.err(`${formatDiagnostic(d)}\n`);
      },
    });
    bar?.done();
    if (json) io.out(JSON.stringify(summary, null, 2) + '\n');
    else if (!bool(args, 'quiet')) io.out(formatSummary(summary, 'reprocess'));
    return summary.failed ? 1 : 0;
  },
};

export const shared = { DB, PIPELINE, QUIET, JSON_FLAG };

function workers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new NewsannoError(`--workers must be a whole number from 0 to 64; got "${value}"`, { code: 'usage', hint: 'see `newsanno ingest --help`' });
  return n;
}
