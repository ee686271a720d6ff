// Dictionary maintenance: build (validate + compile), check, and the alias proposals review.
import { existsSync } from 'node:fs';
import { NewsannoError } from '../../core/errors.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../store/types.js';
import { bool, list, str, type CommandSpec, type ParsedArgs } from '../spec.js';
import { shared } from './ingest.js';
import { importWikidataCommand } from './dict-wikidata.js';

async function store(args: ParsedArgs) {
  const db = str(args, 'db')!;
  if (!existsSync(db)) throw new NewsannoError(`database not found: ${db}`, { code: 'usage', hint: 'create it with `newsanno ingest PATH --db FILE`' });
  const { openStore } = await import('../../store/index.js');
  return openStore(db);
}

const decide = (decision: 'accepted' | 'rejected', name: string, summary: string): CommandSpec => ({
  name,
  summary,
  args: 'PROPOSAL_ID...',
  minArgs: 1,
  flags: [shared.DB],
  async run(args, io) {
    const s = await store(args);
    try {
      const ids = args.positionals.map((id) => {
        const n = Number(id);
        if (!Number.isInteger(n)) throw new NewsannoError(`"${id}" is not a proposal id`, { code: 'usage', hint: 'ids are the numbers `newsanno dict proposals` prints' });
        return n;
      });
      // All or nothing: one bad id leaves every proposal as it was.
      const decided = s.transaction(() => ids.map((n) => s.decideProposal(n, decision)));
      for (const p of decided) io.out(`${p.id}  ${p.status}  ${p.alias} → ${p.entityName} (${p.entityId})\n`);
      if (decision === 'accepted') io.err('run `newsanno reprocess --db FILE` to apply accepted aliases to the stored articles\n');
      return 0;
    } finally {
      s.close();
    }
  },
});

export const dictCommand: CommandSpec = {
  name: 'dict',
  summary: 'Check, build and extend the dictionaries; review alias proposals learned from articles.',
  flags: [],
  subcommands: [
    {
      name: 'build',
      summary: 'Validate every dictionary file and compile them (jieba user dictionary, alias index). A bad line fails with file:line and the reason.',
      maxArgs: 0,
      flags: [shared.QUIET, { name: 'pipeline', type: 'string', placeholder: 'NAME', default: 'news', description: 'build the dictionaries this pipeline uses' }],
      async run(args, io) {
        const { buildDictionaries } = await import('../../dictionary/build.js');
        const report = buildDictionaries({ pipeline: str(args, 'pipeline'), write: true });
        for (const line of report.errors) io.err(`${line}\n`);
        if (report.errors.length) {
          io.err(`dictionary build failed: ${report.errors.length} problem(s); fix the lines above (see dictionaries/README.md)\n`);
          return 1;
        }
        if (!bool(args, 'quiet')) io.out(report.summary + '\n');
        return 0;
      },
    },
    {
      name: 'check',
      summary: 'Validate the dictionaries without writing anything, and list implausible transliterations and ambiguous aliases.',
      maxArgs: 0,
      flags: [{ name: 'pipeline', type: 'string', placeholder: 'NAME', default: 'news', description: 'check the dictionaries this pipeline uses' }, shared.JSON_FLAG],
      async run(args, io) {
        const { buildDictionaries } = await import('../../dictionary/build.js');
        const report = buildDictionaries({ pipeline: str(args, 'pipeline'), write: false });
        if (bool(args, 'json')) io.out(JSON.stringify(report, null, 2) + '\n');
        else {
          for (const line of report.errors) io.err(`${line}\n`);
          for (const line of report.warnings) io.out(`warning: ${line}\n`);
          io.out(report.summary + '\n');
        }
        return report.errors.length ? 1 : 0;
      },
    },
    {
      name: 'proposals',
      summary: 'List alias proposals learned from articles (glosses, phonetic matches), with their evidence.',
      maxArgs: 0,
      flags: [shared.DB, { name: 'status', type: 'string', placeholder: 'LIST', list: true, choices: PROPOSAL_STATUSES, default: 'proposed', description: 'which proposals' }, shared.JSON_FLAG],
      async run(args, io) {
        const s = await store(args);
        try {
          const rows = s.listProposals(list(args, 'status') as ProposalStatus[]);
          if (bool(args, 'json')) io.out(JSON.stringify(rows, null, 2) + '\n');
          else for (const p of rows) io.out(`${String(p.id).padStart(5)}  ${p.status.padEnd(8)}  ${p.alias} → ${p.entityName} (${p.entityId})  ${p.method} ${p.score.toFixed(2)} ×${p.count}  «${p.evidence.text}»\n`);
          return 0;
        } finally {
          s.close();
        }
      },
    },
    decide('accepted', 'accept', 'Accept alias proposals: `reprocess` then links these forms through the dictionary.'),
    decide('rejected', 'reject', 'Reject alias proposals.'),
    importWikidataCommand,
  ],
};
