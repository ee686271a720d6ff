// The newcomer's first run (npm start): the bundled example articles into an embedded SQLite file and
// a JSON export, and where both went.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../core/paths.js';
import { str, type CommandSpec } from '../spec.js';
import { formatSummary } from '../summary.js';
import { formatDiagnostic } from '../../core/errors.js';

export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'Ingest the bundled example articles (fixtures/examples) into OUT/newsanno.db and export OUT/export.json.',
  maxArgs: 0,
  flags: [{ name: 'out', type: 'string', placeholder: 'DIR', default: 'out', description: 'where the database and the export go (recreated)' }],
  async run(args, io) {
    const { exportFromStore, writeExport } = await import('../../export/index.js');
    const { ingest } = await import('../../runner.js');
    const { openStore } = await import('../../store/index.js');
    const out = path.resolve(str(args, 'out')!);
    mkdirSync(out, { recursive: true });
    const db = path.join(out, 'newsanno.db');
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    const summary = await ingest({ paths: [fromRoot('fixtures', 'examples')], db, onDiagnostic: (d) => io.err(`${formatDiagnostic(d)}\n`) });
    io.out(formatSummary(summary, 'demo'));
    const exportFile = path.join(out, 'export.json');
    const store = openStore(db, { readonly: true });
    try {
      await writeExport(exportFromStore(store), { format: 'json', out: exportFile });
      const events = store.listEvents({ limit: 12 });
      io.out('\nsome events:\n');
      for (const e of events) io.out(`  ${e.type.padEnd(11)} ${e.person.name}${e.org ? ` @ ${e.org.name}` : ''}${e.role ? `, ${e.role.en ?? e.role.text}` : ''}${e.date ? `, ${e.date}` : ''}${e.quote ? `: “${e.quote.text.slice(0, 40)}”` : ''}\n`);
    } finally {
      store.close();
    }
    io.out(`\ndatabase: ${db}\nexport:   ${exportFile}\n`);
    io.out(`next: newsanno events list --db ${path.relative(process.cwd(), db)}   ·   newsanno export --db ${path.relative(process.cwd(), db)} --format jsonl\n`);
    return summary.failed ? 1 : 0;
  },
};
