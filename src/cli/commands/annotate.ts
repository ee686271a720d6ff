import { NewsannoError } from '../../core/errors.js';
import { outStream, str, type CommandSpec } from '../spec.js';
import { shared } from './ingest.js';

export const annotateCommand: CommandSpec = {
  name: 'annotate',
  summary: 'Annotate one article (a file, or - for stdin) without a database and print its export JSON on stdout.',
  args: 'FILE',
  minArgs: 1,
  maxArgs: 1,
  flags: [shared.PIPELINE, { name: 'format', type: 'string', placeholder: 'FORMAT', choices: ['json', 'jsonl'], default: 'json', description: 'output format' }],
  examples: ['newsanno annotate article.txt', 'curl -s URL | newsanno annotate -'],
  async run(args, io) {
    const { toExportArticle, writeExport } = await import('../../export/index.js');
    const { annotate, createContext } = await import('../../pipeline.js');
    const { readInput, toArticle } = await import('../../stages/read/index.js');
    const input = args.positionals[0];
    const read = await readInput(input, io.stdin as AsyncIterable<Uint8Array> | undefined);
    if (read.diagnostics.length) {
      const d = read.diagnostics[0];
      throw new NewsannoError(d.message, { code: d.code, file: d.source, line: d.line, hint: d.hint });
    }
    const ctx = createContext({ pipeline: str(args, 'pipeline') });
    const articles = read.articles.map((raw) => {
      const built = toArticle(raw);
      for (const w of built.warnings) io.err(`${raw.source}: ${w}\n`);
      return toExportArticle(annotate(built.article, ctx));
    });
    await writeExport(articles, { format: str(args, 'format') as 'json' | 'jsonl', out: null, stdout: outStream(io) });
    return 0;
  },
};
