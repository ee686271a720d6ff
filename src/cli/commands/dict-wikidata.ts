// `newsanno dict import-wikidata DUMP --out FILE.tsv`: flags as data; the work is importWikidata().
import { NewsannoError } from '../../core/errors.js';
import { loadPipeline } from '../../pipeline-definition.js';
import {
  checkPaths,
  checkQids,
  DEFAULT_ORG_CLASSES,
  formatImportSummary,
  importWikidata,
  loadExisting,
  readQidList,
  type ExistingDictionary,
  type ScanProgress,
  type Selection,
  type TypeFilter,
} from '../../dictionary/wikidata/index.js';
import { bool, list, str, type CommandSpec, type Io, type ParsedArgs } from '../spec.js';
import { shared } from './ingest.js';

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;

function count(args: ParsedArgs, name: string): number | undefined {
  const v = str(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new NewsannoError(`--${name} must be a whole number, got "${v}"`, { code: 'usage', hint: `e.g. --${name} 5` });
  return Number(v);
}

function limit(args: ParsedArgs): number | undefined {
  const n = count(args, 'limit');
  if (n === 0) throw new NewsannoError('--limit must be at least 1', { code: 'usage', hint: 'leave it out to import everything' });
  return n;
}

function selection(args: ParsedArgs): Selection {
  const qidsFile = str(args, 'qids');
  const occupations = list(args, 'occupation');
  const positions = list(args, 'position');
  const orgClassesFile = str(args, 'org-classes');
  return {
    type: (str(args, 'type') ?? 'all') as TypeFilter,
    qids: qidsFile ? new Set(readQidList(qidsFile, '--qids')) : undefined,
    occupations: occupations ? new Set(checkQids(occupations, 'occupation')) : undefined,
    positions: positions ? new Set(checkQids(positions, 'position')) : undefined,
    minSitelinks: count(args, 'min-sitelinks') ?? 0,
    orgClasses: new Set(orgClassesFile ? readQidList(orgClassesFile, '--org-classes') : DEFAULT_ORG_CLASSES.map((c) => c.qid)),
    withEmployer: bool(args, 'with-employer'),
  };
}

function existing(args: ParsedArgs, out: string): ExistingDictionary | undefined {
  if (bool(args, 'standalone')) return undefined;
  return loadExisting(loadPipeline(str(args, 'pipeline')).dictionaryPaths, out);
}

/** The filters as typed, for the provenance line of the output. */
function provenance(args: ParsedArgs): string {
  const shown = ['type', 'qids', 'occupation', 'position', 'min-sitelinks', 'limit', 'org-classes', 'with-employer', 'standalone'];
  const parts: string[] = [];
  for (const name of shown) {
    const v = args.flags[name];
    if (v === undefined || v === false || (name === 'type' && v === 'all') || (name === 'min-sitelinks' && v === '0')) continue;
    parts.push(v === true ? `--${name}` : `--${name} ${Array.isArray(v) ? v.join(',') : v}`);
  }
  return parts.length ? parts.join(' ') : 'no filters';
}

function progressReporter(io: Io, quiet: boolean): { update: (p: ScanProgress) => void; done: () => void } {
  if (quiet) return { update: () => {}, done: () => {} };
  let lastLine = 0;
  let shown = false;
  const text = (p: ScanProgress) =>
    `import-wikidata: ${p.entities.toLocaleString('en-US')} entities read, ${p.kept.toLocaleString('en-US')} kept, ${Math.round(p.entities / Math.max(p.seconds, 0.001)).toLocaleString('en-US')}/s`;
  return {
    update(p) {
      if (io.tty) {
        io.err(`\r${text(p)} `);
        shown = true;
      } else if (p.seconds - lastLine >= 60) {
        // Logs (nohup, CI) get a line a minute instead of a redrawn bar.
        lastLine = p.seconds;
        io.err(`${text(p)}\n`);
      }
    },
    done() {
      if (shown) io.err('\r\x1b[2K');
    },
  };
}

export const importWikidataCommand: CommandSpec = {
  name: 'import-wikidata',
  summary:
    'Stream a Wikidata JSON dump (.json, .json.gz, .json.bz2, or - for plain JSON on stdin) and write the people and organisations that have Chinese names to an entity dictionary TSV. See docs/wikidata-import.md.',
  args: 'DUMP',
  minArgs: 1,
  maxArgs: 1,
  flags: [
    { name: 'out', type: 'string', placeholder: 'FILE.tsv', required: true, description: 'the dictionary file to write; it appears only when complete (replaced if it exists)' },
    { name: 'type', type: 'string', placeholder: 'TYPE', choices: ['person', 'org', 'all'], default: 'all', description: 'people (P31 Q5), organisations (P31 in the organisation classes) or both' },
    { name: 'qids', type: 'string', placeholder: 'FILE', description: 'import only these QIDs: one per line, # starts a comment' },
    { name: 'occupation', type: 'string', placeholder: 'QID,...', list: true, description: 'people only with any of these occupations (P106), e.g. Q43845 businessperson, Q82955 politician' },
    { name: 'position', type: 'string', placeholder: 'QID,...', list: true, description: 'people only who held any of these positions (P39), e.g. Q484876 chief executive officer' },
    { name: 'min-sitelinks', type: 'string', placeholder: 'N', default: '0', description: 'only entities with at least N sitelinks (Wikipedia and sister-project pages): a popularity filter' },
    { name: 'limit', type: 'string', placeholder: 'N', description: 'stop reading after N entities are kept' },
    { name: 'with-employer', type: 'boolean', description: 'fill org (and role for CEOs and chairs) from P169/P488/P108/P39 when that organisation is imported too' },
    { name: 'org-classes', type: 'string', placeholder: 'FILE', description: 'organisation classes (P31 QIDs, one per line) replacing the built-in list' },
    { name: 'pipeline', type: 'string', placeholder: 'NAME', default: 'news', description: "skip entities already in this pipeline's dictionaries and keep ids and aliases compatible with them" },
    { name: 'standalone', type: 'boolean', description: 'do not compare with any existing dictionary' },
    shared.QUIET,
    shared.JSON_FLAG,
  ],
  examples: [
    'newsanno dict import-wikidata latest-all.json.gz --out my-dicts/wikidata.tsv --min-sitelinks 10',
    'newsanno dict import-wikidata latest-all.json.bz2 --out my-dicts/business.tsv --occupation Q43845 --with-employer --min-sitelinks 3',
    'newsanno dict import-wikidata latest-all.json.gz --out my-dicts/watchlist.tsv --qids watchlist.txt',
  ],
  async run(args, io) {
    const input = args.positionals[0];
    const out = str(args, 'out')!;
    checkPaths(input, out);
    const quiet = bool(args, 'quiet') || bool(args, 'json');
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.on('SIGINT', onSigint);
    const progress = progressReporter(io, quiet);
    try {
      const summary = await importWikidata({
        input,
        stdin: io.stdin,
        out,
        selection: selection(args),
        limit: limit(args),
        existing: existing(args, out),
        signal: controller.signal,
        onProgress: progress.update,
        provenance: provenance(args),
      });
      progress.done();
      if (bool(args, 'json')) io.out(JSON.stringify(summary, null, 2) + '\n');
      else if (!bool(args, 'quiet')) io.out(formatImportSummary(summary));
      else if (summary.malformed) {
        const first = summary.malformedLines[0];
        io.err(`${summary.malformed} malformed line(s) skipped; first: line ${first.line}: ${first.message}\n`);
      }
      // Malformed lines are reported, not fatal: the rest of the dump was imported.
      return 0;
    } catch (e) {
      progress.done();
      if (e instanceof NewsannoError && e.code === 'interrupted') {
        io.err(`newsanno: ${e.format()}\n`);
        return INTERRUPTED;
      }
      throw e;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
