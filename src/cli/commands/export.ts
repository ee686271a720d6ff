import { existsSync } from 'node:fs';
import { NewsannoError } from '../../core/errors.js';
import { EVENT_STATUSES } from '../../store/types.js';
import type { ExportFormat } from '../../export/index.js';
import type { EventStatus } from '../../core/types.js';
import { list, outStream, str, type CommandSpec } from '../spec.js';
import { shared } from './ingest.js';

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'Write the stored articles, entities and events as JSON (one document) or JSONL (one article per line), validated against the export schema.',
  maxArgs: 0,
  flags: [
    shared.DB,
    { name: 'format', type: 'string', placeholder: 'FORMAT', choices: ['json', 'jsonl'], default: 'json', description: 'output format' },
    { name: 'status', type: 'string', placeholder: 'LIST', list: true, choices: EVENT_STATUSES, description: 'only events with these review statuses, comma-separated (e.g. accepted,edited)' },
    { name: 'out', short: 'o', type: 'string', placeholder: 'FILE', description: 'write here instead of stdout (written atomically)' },
  ],
  examples: ['newsanno export --db news.db --out export.json', 'newsanno export --db news.db --format jsonl --status accepted,edited'],
  async run(args, io) {
    const db = str(args, 'db')!;
    if (!existsSync(db)) throw new NewsannoError(`database not found: ${db}`, { code: 'usage', hint: 'create it with `newsanno ingest PATH --db FILE`' });
    const { openStore } = await import('../../store/index.js');
    const { exportFromStore, writeExport } = await import('../../export/index.js');
    const store = openStore(db, { readonly: true });
    try {
      const out = str(args, 'out') ?? null;
      const counts = await writeExport(exportFromStore(store, { status: list(args, 'status') as EventStatus[] | undefined }), {
        format: str(args, 'format') as ExportFormat,
        out,
        stdout: outStream(io),
      });
      if (out) io.err(`exported ${counts.articles} article(s), ${counts.entities} entities, ${counts.events} event(s) to ${out}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
