#!/usr/bin/env node
// The newsanno command line: finds the command, parses its flags from the spec, runs it, and turns
// every NewsannoError into one line on stderr with what to do. Exit codes: 0 ok, 1 failures in the
// work (some inputs failed), 2 usage or setup errors.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NewsannoError } from '../core/errors.js';
import { fromRoot } from '../core/paths.js';
import { COMMANDS } from './commands/index.js';
import { parseCommandArgs, renderHelp, type CommandSpec, type Io } from './spec.js';

export const ROOT: CommandSpec = {
  name: 'newsanno',
  summary: 'Annotate Chinese and English news: people and organisations, departures, promotions, appointments and quotes, with evidence.',
  flags: [{ name: 'version', short: 'v', type: 'boolean', description: 'print the version' }],
  subcommands: COMMANDS,
};

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    if (!argv.length) {
      io.err(renderHelp([], ROOT));
      return 2;
    }
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.out(renderHelp([], ROOT));
      return 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      io.out(JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version + '\n');
      return 0;
    }
    const path: string[] = [];
    let spec: CommandSpec = ROOT;
    let rest = argv;
    while (spec.subcommands && rest.length && !rest[0].startsWith('-')) {
      const next: CommandSpec | undefined = spec.subcommands.find((c) => c.name === rest[0]);
      if (!next) {
        throw new NewsannoError(`unknown command "${[...path, rest[0]].join(' ')}"`, {
          code: 'usage',
          hint: `commands: ${spec.subcommands.map((c) => c.name).join(', ')}; see \`newsanno ${path.join(' ')} --help\``.replace('  ', ' '),
        });
      }
      path.push(rest[0]);
      spec = next;
      rest = rest.slice(1);
    }
    if (!spec.run) {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.out(renderHelp(path, spec));
        return 0;
      }
      if (rest.length) io.err(`newsanno: unknown option "${rest[0]}" for "newsanno ${path.join(' ')}": it needs a command\n\n`);
      io.err(renderHelp(path, spec));
      return 2;
    }
    const args = parseCommandArgs(path, spec, rest);
    if (args.help) {
      io.out(renderHelp(path, spec));
      return 0;
    }
    return await spec.run(args, io);
  } catch (err) {
    if (err instanceof NewsannoError) {
      io.err(`newsanno: ${err.format()}\n`);
      return 2;
    }
    io.err(`newsanno: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nThis is a bug in newsanno; please report it with the command you ran.\n`);
    return 3;
  }
}

/** True when this file is the program node runs (directly or through the npm bin link), not an import. */
function invokedDirectly(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), tty: !!process.stderr.isTTY, stdin: process.stdin };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
